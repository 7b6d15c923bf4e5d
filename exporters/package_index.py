"""index.html: the page of a portability package that the person reads (GDPR art. 12 and 15).

One self-contained file (inline CSS, no script, nothing fetched), in English or French, that
says in plain words who the controller is, which categories of data are held and where, why,
on which legal basis, for how long, who receives them, what the person's rights are, and links
to every file of the package. The JSON files stay the machine-readable truth: this page is
made from the manifest, processing.json and what the writer noted of each file, nothing else.
It holds no time nor version: two packages of unchanged data differ only in manifest.json.

Everything shown is escaped. Values shown are the person's own (the identifiers searched for,
a message's subject line): the package is theirs, and the guard (exporters.identifier_guard)
has already kept other people's identifiers out of its records.

File names. A table's or object group's records are one file named after its source and
container (`data/shop/main.customers.json`); a message is named by its date and subject line
(`data/mail/support.mbox/2024-03-07 Re votre commande.eml`). Row keys are not in file names:
a key may be personal (an e-mail as a primary key, an object key that names someone), and a
row the person is only a *reference* in (a customer whose support rep they are) has a key that
is someone else's; in a file name it would be seen by anyone who lists the archive. The
container's name is already in the records' JSON; a subject line is in the message's .eml
beside it, and messages are the person's own correspondence (their correspondents included,
see the README's "Portability packages"), so naming by it adds nothing the package does not
hold already.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from scanner.core.categories import load_categories

LANGS = ("en", "fr")

# The category names of rules/categories.yaml in French (English comes from the file).
CATEGORY_FR = {
    "identity.name": "Nom et prénom",
    "identity.birth_date": "Date de naissance",
    "identity.birth_place": "Lieu de naissance",
    "identity.gender": "Genre ou civilité",
    "identity.nationality": "Nationalité",
    "identity.photo": "Photo",
    "identity.account_id": "Numéro de compte ou de client",
    "contact.email": "Adresse e-mail",
    "contact.phone": "Numéro de téléphone",
    "contact.address": "Adresse postale",
    "communications.message": "Contenu des messages",
    "communications.customer_service": "Échanges avec le service client",
    "online.ip_address": "Adresse IP",
    "online.browsing_history": "Historique de navigation",
    "online.device_id": "Cookie ou identifiant d'appareil",
    "online.user_agent": "Navigateur utilisé",
    "online.location": "Localisation",
    "online.username": "Nom d'utilisateur",
    "online.social_media": "Contenus partagés sur les réseaux sociaux",
    "financial.payment_card": "Carte de paiement",
    "financial.bank_account": "Compte bancaire",
    "financial.invoicing_address": "Adresse de facturation",
    "government.national_id": "Numéro d'identification national",
    "government.passport": "Numéro de passeport",
    "government.driver_licence": "Numéro de permis de conduire",
    "government.tax_id": "Identifiant fiscal",
    "credentials.password": "Mot de passe",
    "credentials.secret": "Secret ou jeton d'accès",
    "special.health": "Données de santé",
    "special.genetic": "Données génétiques",
    "special.biometric": "Données biométriques",
    "special.religion": "Convictions religieuses ou philosophiques",
    "special.ethnicity": "Origine raciale ou ethnique",
    "special.political": "Opinions politiques",
    "special.trade_union": "Appartenance syndicale",
    "special.sexual_orientation": "Vie sexuelle ou orientation sexuelle",
    "special.criminal": "Condamnations et infractions pénales",
}

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Your personal data held by {controller}",
        "title_anonymous": "Your personal data",
        "someone": "the company",
        "lead": "This package holds a copy of the personal data {controller} keeps about you, "
                "as it was when the package was made, and explains what is done with it. You can "
                "open every file below; the JSON files are meant for computers and for "
                "moving your data to another service.",
        "searched": "We looked for you by: {values}.",
        "incomplete": "This package is incomplete: some systems could not be read when it "
                      "was made.",
        "gone": "{n} record(s) found at the last inventory no longer exist and are not in "
                "this package.",
        "controller_h": "Who holds your data",
        "name": "Name", "address": "Address", "contact": "Contact",
        "dpo": "Data protection officer", "authority": "Supervisory authority",
        "no_controller": "The company did not give its details in this package.",
        "categories_h": "What data we hold about you",
        "categories_lead": "{n} categories of personal data about you were found.",
        "none_found": "No personal data about you was found.",
        "where": "Where it is kept",
        "purpose": "Why (purpose)", "legal_basis": "Legal basis", "retention": "How long",
        "recipients": "Who receives it",
        "not_declared": "not declared",
        "undeclared_note": "The company has not declared why it keeps this data: you may ask.",
        "systems_h": "The systems we read",
        "system": "System", "kind": "Kind", "holds": "What it holds", "status": "Status",
        "sql": "database", "mail": "mailbox", "objects": "files", "other": "other",
        "ok": "read", "no_data": "nothing about you", "missing": "could not be read",
        "records_n": "{n} record(s)", "messages_n": "{n} message(s)",
        "rights_h": "Your rights",
        "rights_lead": "You can exercise these rights at any time, free of charge, by "
                       "writing to {contact}.",
        "rights_lead_nocontact": "You can exercise these rights at any time, free of charge, "
                                 "by writing to the company.",
        "right_access": "Access: you may ask for a copy of your data and for the "
                        "information on this page. This package is that copy.",
        "right_rectification": "Rectification: you may have wrong data corrected and "
                               "incomplete data completed.",
        "right_erasure": "Erasure: you may ask for your data to be deleted, for example when "
                         "it is no longer needed or when you withdraw your consent.",
        "right_restriction": "Restriction: you may ask that your data be kept but no longer "
                             "used, for example while its accuracy is checked.",
        "right_objection": "Objection: you may object at any time to uses of your data based "
                           "on the company's legitimate interest, and always to direct "
                           "marketing.",
        "right_portability": "Portability: you may receive the data you gave in a "
                             "machine-readable form (the JSON files of this package) and "
                             "have it sent to another company.",
        "right_post_mortem": "Instructions after death (France): you may give instructions "
                             "on what happens to your data after your death.",
        "right_complaint": "Complaint: you may complain to the supervisory authority, "
                           "{authority}.",
        "right_complaint_generic": "Complaint: you may complain to the data-protection "
                                   "authority of the country where you live or work, or where "
                                   "you think your rights were infringed.",
        "files_h": "The files of this package",
        "files_lead": "{n} file(s) of data. Each link opens one file.",
        "records_of": "Your records in {container}",
        "message_of": "Message of {date} in {container}: {subject}",
        "undated": "undated", "no_subject": "(no subject)",
        "original": "original message (.eml)",
        "technical_h": "For computers",
        "manifest": "the list of every file with its fingerprint (SHA-256)",
        "processing": "why, how long and to whom, per category",
        "schema": "the description of the JSON files (JSON Schema)",
        "generated": "Made by pdmap. When it was made, and the fingerprint of each file, are "
                     "in manifest.json.",
    },
    "fr": {
        "title": "Vos données personnelles détenues par {controller}",
        "title_anonymous": "Vos données personnelles",
        "someone": "l'entreprise",
        "lead": "Ce dossier contient une copie des données personnelles que {controller} "
                "conserve à votre sujet, telles qu'elles étaient lors de sa création, et "
                "explique ce qui en est fait. Vous pouvez ouvrir chaque fichier ci-dessous ; "
                "les fichiers JSON sont destinés aux ordinateurs et au transfert de vos "
                "données vers un autre service.",
        "searched": "Nous vous avons recherché par : {values}.",
        "incomplete": "Ce dossier est incomplet : certains systèmes n'ont pas pu être lus "
                      "lors de sa création.",
        "gone": "{n} enregistrement(s) trouvé(s) lors du dernier inventaire n'existent plus "
                "et ne figurent pas dans ce dossier.",
        "controller_h": "Qui détient vos données",
        "name": "Nom", "address": "Adresse", "contact": "Contact",
        "dpo": "Délégué à la protection des données", "authority": "Autorité de contrôle",
        "no_controller": "L'entreprise n'a pas indiqué ses coordonnées dans ce dossier.",
        "categories_h": "Les données que nous détenons sur vous",
        "categories_lead": "{n} catégories de données personnelles vous concernant ont été "
                           "trouvées.",
        "none_found": "Aucune donnée personnelle vous concernant n'a été trouvée.",
        "where": "Où elles sont conservées",
        "purpose": "Pourquoi (finalité)", "legal_basis": "Base légale",
        "retention": "Combien de temps", "recipients": "Qui les reçoit",
        "not_declared": "non déclaré",
        "undeclared_note": "L'entreprise n'a pas déclaré pourquoi elle conserve ces données : "
                           "vous pouvez le demander.",
        "systems_h": "Les systèmes que nous avons lus",
        "system": "Système", "kind": "Type", "holds": "Contenu", "status": "État",
        "sql": "base de données", "mail": "messagerie", "objects": "fichiers", "other": "autre",
        "ok": "lu", "no_data": "rien vous concernant", "missing": "n'a pas pu être lu",
        "records_n": "{n} enregistrement(s)", "messages_n": "{n} message(s)",
        "rights_h": "Vos droits",
        "rights_lead": "Vous pouvez exercer ces droits à tout moment, gratuitement, en "
                       "écrivant à {contact}.",
        "rights_lead_nocontact": "Vous pouvez exercer ces droits à tout moment, gratuitement, "
                                 "en écrivant à l'entreprise.",
        "right_access": "Accès : vous pouvez obtenir une copie de vos données et les "
                        "informations de cette page. Ce dossier est cette copie.",
        "right_rectification": "Rectification : vous pouvez faire corriger des données "
                               "inexactes et compléter des données incomplètes.",
        "right_erasure": "Effacement : vous pouvez demander la suppression de vos données, "
                         "par exemple lorsqu'elles ne sont plus nécessaires ou que vous "
                         "retirez votre consentement.",
        "right_restriction": "Limitation : vous pouvez demander que vos données soient "
                             "conservées mais plus utilisées, par exemple le temps d'en "
                             "vérifier l'exactitude.",
        "right_objection": "Opposition : vous pouvez vous opposer à tout moment à "
                           "l'utilisation de vos données fondée sur l'intérêt légitime de "
                           "l'entreprise, et toujours à la prospection commerciale.",
        "right_portability": "Portabilité : vous pouvez recevoir les données que vous avez "
                             "fournies dans un format lisible par une machine (les fichiers "
                             "JSON de ce dossier) et les faire transmettre à une autre "
                             "entreprise.",
        "right_post_mortem": "Directives après le décès : vous pouvez définir ce que "
                             "deviennent vos données après votre décès.",
        "right_complaint": "Réclamation : vous pouvez adresser une réclamation à l'autorité "
                           "de contrôle, {authority}.",
        "right_complaint_generic": "Réclamation : vous pouvez adresser une réclamation à "
                                   "l'autorité de protection des données du pays où vous "
                                   "vivez ou travaillez, ou de celui où vos droits auraient "
                                   "été méconnus.",
        "files_h": "Les fichiers de ce dossier",
        "files_lead": "{n} fichier(s) de données. Chaque lien ouvre un fichier.",
        "records_of": "Vos enregistrements dans {container}",
        "message_of": "Message du {date} dans {container} : {subject}",
        "undated": "sans date", "no_subject": "(sans objet)",
        "original": "message d'origine (.eml)",
        "technical_h": "Pour les ordinateurs",
        "manifest": "la liste de tous les fichiers avec leur empreinte (SHA-256)",
        "processing": "pourquoi, combien de temps et pour qui, par catégorie",
        "schema": "la description des fichiers JSON (JSON Schema)",
        "generated": "Créé par pdmap. La date de création et l'empreinte de chaque fichier "
                     "figurent dans manifest.json.",
    },
}

RIGHTS = ("access", "rectification", "erasure", "restriction", "objection", "portability",
          "post_mortem", "complaint")

CSS = """
:root{--ink:#1d2430;--muted:#5b6577;--line:#d9dee7;--accent:#1f5fa8;--warn:#8a4b00;
--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--ink);background:var(--bg)}
main{max-width:960px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:1.7em;line-height:1.25;margin:.2em 0 .4em}
h2{font-size:1.25em;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:2px solid var(--line)}
h3{font-size:1.05em;margin:0 0 .3em}
p{margin:.4em 0}
.lead{font-size:1.05em}
.muted{color:var(--muted)}
.warn{background:#fff4e5;border-left:4px solid var(--warn);padding:8px 12px;margin:12px 0}
section{margin-bottom:8px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:.4em 0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;overflow-wrap:anywhere}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:12px}
.category{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.category .desc{color:var(--muted);font-size:.92em}
.category dl.facts{font-size:.93em}
.category dl.decl{border-top:1px dashed var(--line);padding-top:6px}
.nd{color:var(--warn);font-style:italic}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.95em}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5}
ul.rights{padding-left:1.2em}
ul.rights li{margin:.35em 0}
ul.files{list-style:none;padding-left:0;margin:.3em 0 .8em}
ul.files li{margin:.2em 0;overflow-wrap:anywhere}
a{color:var(--accent)}
footer{margin-top:32px;font-size:.88em;color:var(--muted)}
"""


def render_index(manifest: Mapping[str, Any], processing: Mapping[str, Any],
                 about: Mapping[str, Mapping[str, Any]], lang: str = "en") -> bytes:
    """The page, as UTF-8 bytes. `about` maps a data file's path to what the writer noted
    of it (kind, source, container, and a message's date, subject and .eml)."""
    if lang not in LANGS:
        raise ValueError(f"unknown package language {lang!r} (en or fr)")
    t = TEXT[lang]
    controller = manifest.get("controller") or {}
    name = _text(controller.get("name"))
    title = t["title"].format(controller=name) if name else t["title_anonymous"]
    parts = [
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        # nothing may be fetched: no script, no image, no font, no frame, no form target
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        'style-src \'unsafe-inline\'">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n",
        f'<header>\n<h1 id="title">{_e(title)}</h1>\n<p class="lead">'
            f'{_e(t["lead"].format(controller=name or t["someone"]))}</p>\n',
    ]
    searched = [i["value"] for i in manifest.get("identifiers") or [] if i.get("found")]
    if searched:
        parts.append(f'<p id="searched">{_e(t["searched"].format(values=", ".join(searched)))}'
                     "</p>\n")
    if not manifest.get("complete", True):
        parts.append(f'<p class="warn" id="incomplete">{_e(t["incomplete"])}</p>\n')
    gone = len(manifest.get("gone") or [])
    if gone:
        parts.append(f'<p class="warn">{_e(t["gone"].format(n=gone))}</p>\n')
    parts.append("</header>\n")
    parts.append(_controller(controller, t))
    parts.append(_categories(processing, t, lang))
    parts.append(_systems(manifest, processing, about, t))
    parts.append(_rights(controller, t))
    parts.append(_files(manifest, about, t))
    parts.append(f'<footer><p>{_e(t["generated"])}</p></footer>\n</main>\n</body>\n</html>\n')
    return "".join(parts).encode("utf-8")


def category_name(category: str, lang: str) -> str:
    if lang == "fr" and category in CATEGORY_FR:
        return CATEGORY_FR[category]
    found = load_categories().get(category)
    return found.name if found else category


# C0 and C1 control characters (a table named "\x1b[31m..."): shown as "�", HTML
# allows none of them in text.
_CONTROLS = {c: "\ufffd" for c in [*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20),
                                   *range(0x7f, 0xa0)]}


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True).translate(_CONTROLS)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _link(path: str, label: str | None = None) -> str:
    return f'<a href="{_e(quote(path))}">{_e(label or path.rsplit("/", 1)[-1])}</a>'


def _url(value: Any) -> str:
    """An http(s) address as a link; anything else as text (no javascript: links)."""
    text = _text(value)
    if text.lower().startswith(("https://", "http://")):
        return f'<a href="{_e(text)}" rel="noreferrer">{_e(text)}</a>'
    return _e(text)


def _authority(controller: Mapping[str, Any]) -> str:
    """The supervisory authority as HTML (name and address), or "" when not configured."""
    sa = controller.get("supervisory_authority")
    if isinstance(sa, Mapping):
        name, url = _text(sa.get("name")), _text(sa.get("url"))
        if name and url:
            return f"{_e(name)} ({_url(url)})"
        return _e(name) if name else _url(url)
    return _e(_text(sa)) if sa else ""


def _controller(controller: Mapping[str, Any], t: Mapping[str, str]) -> str:
    rows = []
    for key in ("name", "address", "contact", "dpo"):
        value = controller.get(key)
        if isinstance(value, Mapping):  # a DPO given as {name, contact}
            value = ", ".join(_text(v) for v in value.values() if _text(v))
        if _text(value):
            rows.append(f"<dt>{_e(t[key])}</dt><dd>{_e(_text(value))}</dd>")
    authority = _authority(controller)
    if authority:
        rows.append(f'<dt>{_e(t["authority"])}</dt><dd>{authority}</dd>')
    body = (f'<dl class="facts">{"".join(rows)}</dl>' if rows
            else f'<p class="muted">{_e(t["no_controller"])}</p>')
    return f'<section id="controller">\n<h2>{_e(t["controller_h"])}</h2>\n{body}\n</section>\n'


def _declared(value: Any, t: Mapping[str, str]) -> str:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return _e(value) if value else f'<span class="nd">{_e(t["not_declared"])}</span>'


def _categories(processing: Mapping[str, Any], t: Mapping[str, str], lang: str) -> str:
    cats = processing.get("categories") or []
    out = [f'<section id="categories">\n<h2>{_e(t["categories_h"])}</h2>\n']
    if not cats:
        out.append(f'<p>{_e(t["none_found"])}</p>\n</section>\n')
        return "".join(out)
    out.append(f'<p>{_e(t["categories_lead"].format(n=len(cats)))}</p>\n<div class="cards">\n')
    for c in cats:
        cid = str(c["category"])
        found = load_categories().get(cid)
        desc = found.description if found and lang == "en" else ""
        where = ", ".join(f'{p["source"]} › {p["container"]}' for p in c.get("found_in") or [])
        out.append(f'<article class="category" data-category="{_e(cid)}">\n'
                   f'<h3>{_e(category_name(cid, lang))}</h3>\n')
        if desc:
            out.append(f'<p class="desc">{_e(desc)}</p>\n')
        out.append(f'<dl class="facts"><dt>{_e(t["where"])}</dt><dd>{_e(where)}</dd></dl>\n')
        for d in c.get("declarations") or []:  # one per purpose the data map declares
            out.append('<dl class="facts decl">')
            for key in ("purpose", "legal_basis", "retention", "recipients"):
                out.append(f'<dt>{_e(t[key])}</dt><dd class="{key}">{_declared(d.get(key), t)}'
                           "</dd>")
            out.append("</dl>\n")
        if not c.get("declared"):
            out.append(f'<p class="nd">{_e(t["undeclared_note"])}</p>\n')
        out.append("</article>\n")
    out.append("</div>\n</section>\n")
    return "".join(out)


def _systems(manifest: Mapping[str, Any], processing: Mapping[str, Any],
             about: Mapping[str, Mapping[str, Any]], t: Mapping[str, str]) -> str:
    containers: dict[str, set[str]] = {}
    for c in processing.get("categories") or []:
        for p in c.get("found_in") or []:
            containers.setdefault(p["source"], set()).add(p["container"])
    for a in about.values():  # a table of theirs with no personal column is theirs too
        containers.setdefault(str(a["source"]), set()).add(str(a["container"]))
    rows = []
    for s in manifest.get("sources") or []:
        kinds = ", ".join(t.get(k, k) for k in s.get("types") or []) or "—"
        held = []
        if s.get("records"):
            held.append(t["records_n"].format(n=s["records"]))
        if s.get("messages"):
            held.append(t["messages_n"].format(n=s["messages"]))
        inside = ", ".join(sorted(containers.get(s["name"], ())))
        status = t.get(s.get("status", ""), s.get("status", ""))
        if s.get("reason"):
            status = f"{status}: {s['reason']}"
        holds = "; ".join(filter(None, [", ".join(held), inside])) or "—"
        rows.append(f'<tr data-source="{_e(s["name"])}"><td>{_e(s["name"])}</td>'
                    f"<td>{_e(kinds)}</td><td>{_e(holds)}</td><td>{_e(status)}</td></tr>")
    return (f'<section id="systems">\n<h2>{_e(t["systems_h"])}</h2>\n<table>\n<thead><tr>'
            f'<th>{_e(t["system"])}</th><th>{_e(t["kind"])}</th><th>{_e(t["holds"])}</th>'
            f'<th>{_e(t["status"])}</th></tr></thead>\n<tbody>\n' + "\n".join(rows)
            + "\n</tbody>\n</table>\n</section>\n")


def _rights(controller: Mapping[str, Any], t: Mapping[str, str]) -> str:
    dpo = controller.get("dpo")
    if isinstance(dpo, Mapping):
        dpo = dpo.get("contact") or dpo.get("email") or dpo.get("name")
    contact = _text(controller.get("contact")) or _text(dpo)
    lead = (t["rights_lead"].format(contact=contact) if contact
            else t["rights_lead_nocontact"])
    items = []
    authority = _authority(controller)
    for right in RIGHTS:
        if right == "complaint":
            text = (_e(t["right_complaint"]).replace("{authority}", authority) if authority
                    else _e(t["right_complaint_generic"]))
        else:
            text = _e(t[f"right_{right}"])
        items.append(f'<li id="right-{right.replace("_", "-")}">{text}</li>')
    return (f'<section id="rights">\n<h2>{_e(t["rights_h"])}</h2>\n<p>{_e(lead)}</p>\n'
            f'<ul class="rights">\n' + "\n".join(items) + "\n</ul>\n</section>\n")


def _files(manifest: Mapping[str, Any], about: Mapping[str, Mapping[str, Any]],
           t: Mapping[str, str]) -> str:
    paths = [f["path"] for f in manifest.get("files") or []]
    data = [p for p in paths if p.startswith("data/")]
    emls = {str(a["eml"]) for a in about.values() if a.get("eml")}
    groups: dict[str, list[str]] = {}
    loose: list[str] = []
    for p in data:
        if p in emls:
            continue  # listed beside its message
        a = about.get(p)
        if a is None:
            loose.append(p)
        else:
            groups.setdefault(str(a["source"]), []).append(p)
    out = [f'<section id="files">\n<h2>{_e(t["files_h"])}</h2>\n'
           f'<p>{_e(t["files_lead"].format(n=len(data)))}</p>\n']
    for source, files in sorted(groups.items()):
        out.append(f"<h3>{_e(source)}</h3>\n<ul class=\"files\">\n")
        for p in sorted(files, key=lambda p: (str(about[p]["container"]), p)):
            out.append(f"<li>{_file_item(p, about[p], t)}</li>\n")
        out.append("</ul>\n")
    if loose:
        out.append('<ul class="files">\n' + "".join(f"<li>{_link(p)}</li>\n" for p in loose)
                   + "</ul>\n")
    out.append(f'<h3>{_e(t["technical_h"])}</h3>\n<ul class="files">\n')
    for p, key in (("manifest.json", "manifest"), ("processing.json", "processing"),
                   (str(manifest.get("schema") or ""), "schema")):
        if p:
            out.append(f'<li>{_link(p)} <span class="muted">— {_e(t[key])}</span></li>\n')
    out.append("</ul>\n</section>\n")
    return "".join(out)


def _file_item(path: str, a: Mapping[str, Any], t: Mapping[str, str]) -> str:
    if a.get("kind") == "message":
        label = t["message_of"].format(container=a.get("container", ""),
                                       date=a.get("date") or t["undated"],
                                       subject=a.get("subject") or t["no_subject"])
        item = f"{_e(label)} — {_link(path)}"
        if a.get("eml"):
            item += f' · {_link(str(a["eml"]), t["original"])}'
        return item
    return f'{_e(t["records_of"].format(container=a.get("container", "")))} — {_link(path)}'


def index_categories(processing: Mapping[str, Any]) -> list[str]:
    """The category ids the page lists, in its order (the manifest's `categories`)."""
    return [str(c["category"]) for c in processing.get("categories") or []]

