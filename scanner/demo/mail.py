"""The demo estate's mailbox: customer-service mail in one small mbox, from a fixed seed.

Most senders are customers of the demo shop (scanner/demo/estate.py), so a scan shows one person's
rows and messages together; a few are strangers, and some messages go out from the shop.
Bodies mention phones, IBANs and order numbers (CMD-2024-000123, the shop's format); one
message is HTML only and one carries a CSV attachment. Everything is invented.
"""

from __future__ import annotations

import datetime as dt
import random
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from scanner.demo.values import fr_iban, fr_phone

SHOP = "Service client Maison Demo <support@maison-demo.example>"
STRANGERS = [("Marc", "Lambert", "marc.lambert@example.net"),
             ("Sophie", "Roux", "sophie.roux@exemple.fr"),
             ("Peter", "Hall", "peter.hall@example.org")]


def _order(rng: random.Random) -> str:
    return f"CMD-2024-{rng.randint(1, 400):06d}"


def _inbound(rng: random.Random, first: str, last: str) -> tuple[str, str]:
    phone, order, iban = fr_phone(rng), _order(rng), fr_iban(rng)
    return rng.choice([
        (f"Commande {order} non reçue",
         f"Bonjour,\n\nje n'ai toujours pas reçu ma commande {order}. Vous pouvez me joindre "
         f"au {phone} en journée.\n\nCordialement,\n{first} {last}\n"),
        (f"Remboursement {order}",
         f"Bonjour,\n\nsuite au retour de la commande {order}, merci de rembourser sur mon "
         f"compte IBAN {iban}.\n\n{first} {last}\nTél. {phone}\n"),
        ("Change of delivery address",
         f"Hello,\n\nplease deliver order {order} to my new address. Call me on {phone} if "
         f"the driver cannot find it.\n\nThanks,\n{first}\n"),
        ("Mise à jour de mes coordonnées",
         f"Bonjour,\n\nmon nouveau numéro est le {phone} et mes prélèvements passent "
         f"désormais par l'IBAN {iban}.\n\nMerci,\n{first} {last}\n"),
        (f"Question about {order}",
         f"Hi,\n\nis order {order} shipped yet? It was a gift.\n\nBest,\n{first} {last}\n"),
    ])


def _choose(rng: random.Random, customers: list[tuple[str, str, str]]
            ) -> list[tuple[str, str, str]]:
    people = [c for c in customers if c[2]]
    return rng.sample(people, min(len(people), 18))


def correspondents(customers: list[tuple[str, str, str]], seed: int = 7
                   ) -> list[tuple[str, str, str]]:
    """The customers build_mailbox(path, customers, seed) writes to and from, in its order
    (the first one gets the most mail)."""
    return _choose(random.Random(seed), customers)


def build_mailbox(path: Path, customers: list[tuple[str, str, str]], seed: int = 7) -> Path:
    """Write ~30 messages to the mbox at `path` (replaced if present).

    `customers` are (first name, last name, e-mail) of shop customers, e.g.
    `[(c[1], c[2], c[3]) for c in demo.customers(rng, n) if c[3]]`.
    """
    rng = random.Random(seed)
    chosen = _choose(rng, customers)
    start = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    messages: list[EmailMessage] = []

    def new(sender: str, to: str, subject: str) -> EmailMessage:
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = sender, to, subject
        when = start + dt.timedelta(hours=7 * len(messages) + rng.randint(0, 6))
        m["Date"] = format_datetime(when)
        m["Message-ID"] = f"<demo-{seed}-{len(messages) + 1:03d}@maison-demo.example>"
        messages.append(m)
        return m

    for first, last, email in chosen:
        subject, body = _inbound(rng, first, last)
        new(f"{first} {last} <{email}>", SHOP, subject).set_content(body)
    for first, last, email in STRANGERS:
        new(f"{first} {last} <{email}>", SHOP, "Demande de devis").set_content(
            f"Bonjour, je souhaite un devis pour 4 chaises en chêne. Mon numéro : "
            f"{fr_phone(rng)}.\n{first} {last}\n")
    for first, last, email in chosen[:5]:
        order = _order(rng)
        m = new(SHOP, f"{first} {last} <{email}>", f"Re: votre commande {order}")
        m["Cc"] = "Comptabilité <compta@maison-demo.example>"
        m.set_content(f"Bonjour {first},\n\nvotre commande {order} a été expédiée.\n\n"
                      "Le service client\n")
    if chosen:
        first, last, email = chosen[0]
        m = new(SHOP, f"{first} {last} <{email}>", "Votre facture")
        m.set_content(f"<html><body><p>Bonjour {first} {last},</p><p>votre facture "
                      f"{_order(rng)} est disponible. Prélèvement sur l'IBAN "
                      f"{fr_iban(rng)}.</p></body></html>", subtype="html")
        first, last, email = chosen[-1]
        m = new(f"{first} {last} <{email}>", SHOP, "Liste des invités")
        m["Reply-To"] = email
        m.set_content(f"Voici la liste pour la livraison groupée.\n{first}\n")
        guests = "\n".join(f"{a} {b},{fr_phone(rng)}" for a, b, _ in rng.sample(STRANGERS, 3))
        m.add_attachment(f"name,phone\n{guests}\n".encode(), maintype="text", subtype="csv",
                         filename="invites.csv")
        m.set_boundary(f"demo-{seed}-boundary")  # the same bytes for the same seed
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        for m in messages:
            raw = bytes(m).replace(b"\r\n", b"\n")
            lines = [b">" + ln if ln.lstrip(b">").startswith(b"From ") else ln
                     for ln in raw.split(b"\n")]
            out.write(b"From support@maison-demo.example Fri Mar  1 09:00:00 2024\n"
                      + b"\n".join(lines).rstrip(b"\n") + b"\n\n")
    return path
