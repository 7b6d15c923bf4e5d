"""The commented pdmap.yaml that `pdmap init` writes."""

CONFIG_TEMPLATE = """\
# pdmap configuration. Secrets never go here: a source's password comes from the
# environment variable PDMAP_PASSWORD_<NAME> (name upper-cased, non-letters as _),
# or from the variable named by the source's `password_env`.
# Every key is in docs/config.md. Editors with a YAML language server (VS Code's YAML
# extension) complete and check this file with the schema `pdmap init` wrote beside it
# (`pdmap config schema -o .pdmap/pdmap.schema.json` writes it again after an upgrade);
# `pdmap config validate` checks it.
# yaml-language-server: $schema=.pdmap/pdmap.schema.json

# Where the inventory index lives (any SQLAlchemy URL; SQLite by default).
index: sqlite:///.pdmap/index.db

# The HMAC key that identifier digests are made with (mode 0600). PDMAP_KEY overrides it.
key_file: .pdmap/key

# Languages for name recognition in free text (en, fr) and the default phone region.
languages: [en, fr]
default_region: FR

# Rows (or records) sampled per table to judge each column.
sample_size: 200

# Who answers access requests; quoted in portability packages.
controller:
  name: Example SAS
  contact: dpo@example.com

sources:
{sources}
# How rows are tied to people (docs/subjects.md, Roles). `pdmap subjects plan` shows the
# plan; correct a link here: owner | reference | ignore (a whole container: no column).
# subjects:
#   max_identifiers: {{email: 5, phone: 5}}   # more in one subject: flagged, export refused
#   links:
#     - {{container: "main.orders", column: seller_id, as: reference}}

# The data map: the fields you declare, why they are kept and for how long.
# `pdmap check` fails on personal fields that are missing here.
datamap:
  - container: "*.customers"
    field: email
    category: contact.email
    purpose: account management and order follow-up
    legal_basis: contract (GDPR art. 6(1)(b))
    retention: 3 years after the last order
    recipients: [carrier, payment provider]
"""

EXAMPLE_SOURCES = """\
  - name: shop
    url: sqlite:///shop.db
    include: ["*"]            # globs on schema.table
    exclude: ["*.django_*"]
#  - name: crm
#    url: postgresql://pdmap@db.internal/crm    # password from PDMAP_PASSWORD_CRM
"""
