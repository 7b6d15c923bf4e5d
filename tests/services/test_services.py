"""The test servers themselves: each one is real, reachable, authenticating, loopback-only."""

from __future__ import annotations

import imaplib
import ipaddress
import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.services._common import Service
from tests.services.dovecot import DovecotServer
from tests.services.mariadb import MariaDBServer
from tests.services.postgres import PostgresServer
from tests.services.seaweed import SeaweedServer

MESSAGE = """\
From: Alice Example <alice@example.com>
To: Bob Example <bob@example.com>
Subject: Test message
Message-ID: <test-1@example.com>

Hello Bob.
"""


def test_postgres_runs_sql_through_sqlalchemy(postgres: PostgresServer, postgres_url: str):
    engine = sa.create_engine(postgres_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE people (id int PRIMARY KEY, email text)"))
            conn.execute(sa.text("INSERT INTO people VALUES (1, 'a@example.com')"))
            assert conn.execute(sa.text("SELECT email FROM people")).scalar() == "a@example.com"
            conn.execute(sa.text("DROP TABLE people"))
    finally:
        engine.dispose()

    other = sa.create_engine(postgres.create_database("second_db"))
    try:
        with other.connect() as conn:
            assert conn.execute(sa.text("SELECT current_database()")).scalar() == "second_db"
    finally:
        other.dispose()


def test_mariadb_runs_sql_and_checks_the_password(mariadb: MariaDBServer, mariadb_url: str):
    engine = sa.create_engine(mariadb_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE people (id int PRIMARY KEY, email text)"))
            conn.execute(sa.text("INSERT INTO people VALUES (1, 'a@example.com')"))
            assert conn.execute(sa.text("SELECT email FROM people")).scalar() == "a@example.com"
            conn.execute(sa.text("DROP TABLE people"))
    finally:
        engine.dispose()

    wrong = sa.create_engine(mariadb_url.replace(mariadb.password, "wrong-password"))
    with pytest.raises(sa.exc.OperationalError, match="Access denied"):
        wrong.connect()
    wrong.dispose()


def test_dovecot_serves_an_appended_message_over_imap_starttls_and_imaps(
    dovecot: DovecotServer,
):
    dovecot.append("alice", MESSAGE)
    dovecot.append("alice", MESSAGE, folder="Archive/2024", flags="\\Seen")

    with imaplib.IMAP4(dovecot.host, dovecot.port) as client:
        client.starttls(ssl_context=dovecot.ssl_context())
        client.login("alice", dovecot.users["alice"])
        assert message_count(client, "INBOX") == 1
        _, fetched = client.fetch("1", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
        header = fetched[0]
        assert isinstance(header, tuple) and b"Subject: Test message" in header[1]

    with imaplib.IMAP4_SSL(
        dovecot.host, dovecot.tls_port, ssl_context=dovecot.ssl_context()
    ) as client:
        client.login("alice", dovecot.users["alice"])
        assert message_count(client, '"Archive/2024"') == 1

    with imaplib.IMAP4(dovecot.host, dovecot.port) as client:
        with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
            client.login("alice", "wrong-password")


def test_s3_stores_and_returns_objects_for_signed_requests_only(s3: SeaweedServer):
    client = s3.client()
    client.create_bucket(Bucket="pdmap-test-bucket")
    client.put_object(Bucket="pdmap-test-bucket", Key="people/a.csv", Body=b"email\na@x.org\n")

    body = client.get_object(Bucket="pdmap-test-bucket", Key="people/a.csv")["Body"].read()
    listed = client.list_objects_v2(Bucket="pdmap-test-bucket")["Contents"]
    assert body == b"email\na@x.org\n"
    assert [item["Key"] for item in listed] == ["people/a.csv"]

    import boto3
    from botocore.exceptions import ClientError

    intruder = boto3.client(
        "s3",
        endpoint_url=s3.endpoint_url,
        aws_access_key_id=s3.access_key,
        aws_secret_access_key="not-the-secret",
        region_name=s3.region,
    )
    with pytest.raises(ClientError):
        intruder.get_object(Bucket="pdmap-test-bucket", Key="people/a.csv")


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc")
def test_servers_listen_only_on_loopback(
    postgres: PostgresServer, mariadb: MariaDBServer, dovecot: DovecotServer, s3: SeaweedServer
):
    for server in (postgres, mariadb, dovecot, s3):
        addresses = listening_addresses(server)
        assert addresses, f"{server.name} has no listening sockets"
        assert {host for host, _ in addresses} == {"127.0.0.1"}, server.name

    assert {port for _, port in listening_addresses(dovecot)} == {dovecot.port, dovecot.tls_port}
    assert {port for _, port in listening_addresses(s3)} == set(s3.ports.values())


# -- helpers -----------------------------------------------------------------------------------


def message_count(client: imaplib.IMAP4, mailbox: str) -> int:
    status, data = client.select(mailbox, readonly=True)
    assert status == "OK", data
    return int(data[0] or b"0")


def listening_addresses(server: Service) -> set[tuple[str, int]]:
    """(host, port) of every listening TCP socket and bound UDP socket of the server's processes."""
    inodes = set()
    for pid in _process_group_members(server.pids):
        try:
            for fd in os.scandir(f"/proc/{pid}/fd"):
                target = os.readlink(fd.path)
                if target.startswith("socket:["):
                    inodes.add(target[len("socket:[") : -1])
        except OSError:  # the process ended meanwhile
            continue
    found = set()
    for table, wanted_state in (("tcp", "0A"), ("tcp6", "0A"), ("udp", "07"), ("udp6", "07")):
        lines = Path(f"/proc/net/{table}").read_text().splitlines()[1:]
        for line in lines:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if inode in inodes and state == wanted_state:
                found.add(_decode_address(local))
    return found


def _process_group_members(leaders: list[int]) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            pgid = int(stat.rsplit(")", 1)[1].split()[2])
            if pgid in leaders:
                members.append(int(entry.name))
    return members


def _decode_address(hex_address: str) -> tuple[str, int]:
    host_hex, port_hex = hex_address.split(":")
    raw = bytes.fromhex(host_hex)
    # /proc/net stores the address as 32-bit words in host (little-endian) order.
    raw = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    address = ipaddress.ip_address(raw)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return str(address), int(port_hex, 16)
