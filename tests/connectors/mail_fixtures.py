"""Small self-made messages and the mailboxes that hold them (mbox, Maildir, .eml).

Every person, address, phone and IBAN here is invented. Each message is a named
constant so a test can say which shape it is about.
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

IBAN = "FR76 3000 6000 0112 3456 7890 189"
PHONE = "+33 6 12 34 56 78"


def _msg(subject: str, sender: str = "Alice Martin <alice@example.com>",
         to: str = "Support <support@shop.example>", mid: str | None = None) -> EmailMessage:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = "Tue, 04 Jun 2024 10:15:00 +0200"
    m["Message-ID"] = mid or f"<{abs(hash(subject)) % 10**8}.{len(subject)}@shop.example>"
    return m


def plain() -> bytes:
    m = _msg("Order CMD-2024-000042", mid="<plain-1@shop.example>")
    m["Cc"] = "Bruno Bernard <bruno@example.org>, carla@example.net"
    m["Reply-To"] = "alice.private@example.com"
    m.set_content(f"Hello, please call me at {PHONE} about order CMD-2024-000042.\n")
    return bytes(m)


def alternative() -> bytes:
    m = _msg("Refund", mid="<alt-1@shop.example>")
    m.set_content(f"Please refund to IBAN {IBAN}.\n")
    m.add_alternative(f"<html><body><p>Please refund to <b>IBAN</b> {IBAN}.</p></body></html>",
                      subtype="html")
    return bytes(m)


def html_only() -> bytes:
    m = _msg("Newsletter", mid="<html-1@shop.example>")
    m.set_content("<html><head><style>p {color: red}</style></head><body><p>Hi&nbsp;David,"
                  "</p><p>your phone <i>+33 7 98 76 54 32</i> is verified.</p>"
                  "<script>var x = 1;</script></body></html>", subtype="html")
    return bytes(m)


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF whose page shows `text` (ASCII), with a correct xref table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 "
        b"5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


def minimal_docx(text: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="'
                   'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                   '.main+xml"/></Types>')
        z.writestr("word/document.xml",
                   '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats'
                   f'.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t>'
                   "</w:r></w:p></w:body></w:document>")
    return out.getvalue()


def with_attachments() -> bytes:
    m = _msg("Documents", sender="Emma Petit <emma.petit@example.com>",
             mid="<att-1@shop.example>")
    m.set_content("Please find my documents attached.\n")
    m.add_attachment(b"Notes: call Emma on +33 6 11 22 33 44\n", maintype="text",
                     subtype="plain", filename="notes.txt")
    m.add_attachment(b"name,email,iban\nEmma Petit,emma.petit@example.com,"
                     + IBAN.encode() + b"\n", maintype="text", subtype="csv",
                     filename="contacts.csv")
    m.add_attachment(b'{"customer": "Emma Petit", "phone": "+33 6 11 22 33 44"}',
                     maintype="application", subtype="json", filename="profile.json")
    m.add_attachment(minimal_pdf("Invoice for Emma Petit IBAN FR7630006000011234567890189"),
                     maintype="application", subtype="pdf", filename="CV_Emma_Petit.pdf")
    m.add_attachment(minimal_docx("Contract signed by Emma Petit"), maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                     filename="contract.docx")
    m.add_attachment(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), maintype="image",
                     subtype="png", filename="photo.png")
    return bytes(m)


def forwarded() -> bytes:
    inner = _msg("complaint", sender="Hugo Leroy <hugo@example.net>", mid="<inner@shop.example>")
    inner.set_content("My order never came. Hugo, tel 06 01 02 03 04\n")
    m = _msg("Fwd: complaint", mid="<fwd-1@shop.example>")
    m.set_content("See below.\n")
    m.add_attachment(inner)
    return bytes(m)


# Raw shapes that EmailMessage would refuse to produce.

RFC2047 = (
    b"From: =?utf-8?q?Chlo=C3=A9_Dubois?= <chloe.dubois@example.fr>\n"
    b"To: =?iso-8859-1?b?VGjpcuhzZQ==?= <therese@example.fr>, \"Durand, Jules\" <jd@example.fr>\n"
    b"Subject: =?utf-8?b?Q29tbWFuZGUgbsKwIDQy?= =?utf-8?q?_livr=C3=A9e?=\n"
    b"Date: Wed, 05 Jun 2024 08:00:00 +0000\n"
    b"Message-ID: <rfc2047@shop.example>\n"
    b"Content-Type: text/plain; charset=utf-8\n"
    b"Content-Transfer-Encoding: 8bit\n\n"
    b"Bonjour, c'est Chlo\xc3\xa9.\n"
)

BAD_CHARSET = (
    b"From: Ren\xe9 Moreau <rene@example.fr>\n"  # raw 8-bit Latin-1 in a header
    b"To: shop@example.fr\n"
    b"Subject: facture\n"
    b"Date: not a date at all\n"
    b"Message-ID: <badcs@shop.example>\n"
    b"Content-Type: text/plain; charset=x-no-such-charset\n\n"
    b"Re\xe7u, merci. T\xe9l 06 55 44 33 22\n"
)

BROKEN_BASE64 = (
    b"From: someone@example.com\n"
    b"Subject: broken\n"
    b"Message-ID: <b64@shop.example>\n"
    b"MIME-Version: 1.0\n"
    b"Content-Type: multipart/mixed; boundary=\"XX\"\n\n"
    b"--XX\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
    b"SGVsbG8gd29y!!!bGQ=\n"
    b"--XX\nContent-Type: text/csv; name=x.csv\nContent-Disposition: attachment; "
    b"filename=x.csv\nContent-Transfer-Encoding: base64\n\n%%%%\n"
    # no closing boundary
)

NO_HEADERS = b"\x00\x01\x02 this is not a message at all \xff\xfe\n"

NO_MESSAGE_ID = (
    b"From: Yasmine Simon <yasmine@example.com>\n"
    b"Subject: no id\n\n"
    b"No Message-ID here.\n"
)


def all_messages() -> dict[str, bytes]:
    return {"plain": plain(), "alternative": alternative(), "html_only": html_only(),
            "attachments": with_attachments(), "forwarded": forwarded(), "rfc2047": RFC2047,
            "bad_charset": BAD_CHARSET, "broken_base64": BROKEN_BASE64,
            "no_message_id": NO_MESSAGE_ID}


# -- mailboxes ---------------------------------------------------------------------------------


def mbox_bytes(messages: list[bytes]) -> bytes:
    """mboxrd: a From_ line, body "From " lines quoted, a blank line after each message."""
    out = []
    for raw in messages:
        raw = raw.replace(b"\r\n", b"\n")
        lines = [b">" + ln if ln.lstrip(b">").startswith(b"From ") else ln
                 for ln in raw.split(b"\n")]
        body = b"\n".join(lines).rstrip(b"\n") + b"\n"
        out.append(b"From MAILER-DAEMON Tue Jun  4 10:15:00 2024\n" + body + b"\n")
    return b"".join(out)


def write_mbox(path: Path, messages: list[bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(mbox_bytes(messages))
    return path


def write_maildir(root: Path, folders: dict[str, list[bytes]]) -> Path:
    """Folders named "INBOX", ".Sent" (Maildir++) or "Archive/2024" (nested)."""
    for folder, messages in folders.items():
        base = root if folder == "INBOX" else root / folder
        for sub in ("cur", "new", "tmp"):
            (base / sub).mkdir(parents=True, exist_ok=True)
        for i, raw in enumerate(messages):
            unique = f"17000000{i:02d}.M{i}P1.testhost"
            if i % 2:
                (base / "cur" / f"{unique}:2,S").write_bytes(raw)
            else:
                (base / "new" / unique).write_bytes(raw)
    return root


def write_eml_dir(root: Path, messages: dict[str, bytes]) -> Path:
    for rel, raw in messages.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(raw)
    return root
