"""The one policy for every request the sandbox itself makes: webhook deliveries and fetching a
`component_url`.

A URL given by an API user must not make the sandbox reach what only the sandbox can reach (a
cloud metadata service, the local network). So before any connection the host name is resolved
and every address it resolves to is checked; the connection then goes to the checked address
itself (never resolved again, so a DNS answer that changes between check and connect cannot slip
through). The check runs inside an httpx transport, so it holds for every redirect hop and at
delivery time, not only when the URL was registered. Each exchange has one total deadline (not a
per-read timeout) and a cap on the bytes read.

Always refused: unspecified (0.0.0.0, ::), multicast, link-local (169.254/16 with the metadata
service, fe80::/10), cloud metadata addresses and reserved ranges. Loopback is allowed when
`allow_loopback` (a developer's local receiver); private ranges (10/8, 172.16/12, 192.168/16,
fc00::/7, 100.64/10) only when `allow_private`.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

MAX_BYTES = 512 * 1024
TOTAL_SECONDS = 10.0
MAX_REDIRECTS = 5

# Cloud metadata services outside link-local (AWS IPv6, Alibaba, Azure's wire server).
METADATA = frozenset(
    ipaddress.ip_address(a) for a in ("fd00:ec2::254", "100.100.100.200", "168.63.129.16")
)

# host, port -> the addresses it resolves to
Resolver = Callable[[str, int], list[str]]


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (getaddrinfo), in the order the system prefers."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class OutboundRefused(httpx.TransportError):
    """The policy refused a destination; the message says which address and why."""


def _literal(host: str) -> IPAddress | None:
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped if mapped is not None else address


@dataclass(frozen=True)
class OutboundPolicy:
    """Which addresses the sandbox may connect to, and how much it reads from them."""

    allow_loopback: bool = True
    allow_private: bool = False
    max_bytes: int = MAX_BYTES
    total_seconds: float = TOTAL_SECONDS
    max_redirects: int = MAX_REDIRECTS
    resolver: Resolver = field(default=resolve, repr=False, compare=False)

    def refusal(self, address: IPAddress) -> str | None:
        """Why `address` may not be reached (a few words), or None when it may."""
        mapped = getattr(address, "ipv4_mapped", None)
        if mapped is not None:
            address = mapped
        if address.is_unspecified:
            return "an unspecified address"
        if address.is_multicast:
            return "a multicast address"
        if address.is_link_local or address in METADATA:
            return "a link-local or cloud metadata address"
        if address.is_loopback:
            return None if self.allow_loopback else "a loopback address"
        if address.is_reserved:
            return "a reserved address"
        if not address.is_global:
            return None if self.allow_private else "a private address"
        return None

    def check_literal(self, url: str) -> str | None:
        """Why a URL whose host is an IP address (or `localhost`) is refused, without DNS; None
        when it is not refused here (a name is checked again at every connection)."""
        host = (urlsplit(url).hostname or "").lower()
        if host == "localhost" or host.endswith(".localhost"):
            host = "127.0.0.1"
        address = _literal(host)
        reason = None if address is None else self.refusal(address)
        return None if reason is None else f"{host} is {reason}; {self.hint()}"

    def hint(self) -> str:
        if self.allow_private:
            return "the sandbox never connects there"
        return "the sandbox connects only to public and loopback addresses (see --allow-private-network)"

    def checked_address(self, host: str, port: int) -> str:
        """An address of `host` to connect to; OutboundRefused when any of its addresses is
        refused (a name that also points inside is refused as a whole)."""
        literal = _literal(host)
        try:
            addresses = [str(literal)] if literal is not None else self.resolver(host, port)
        except (OSError, UnicodeError) as error:
            raise OutboundRefused(f"could not resolve {host}: {error}") from None
        if not addresses:
            raise OutboundRefused(f"{host} resolves to no address")
        for text in addresses:
            reason = self.refusal(ipaddress.ip_address(text.split("%")[0]))
            if reason is not None:
                shown = host if text == host else f"{host} ({text})"
                raise OutboundRefused(f"{shown} is {reason}; {self.hint()}")
        return addresses[0]

    def client(self, deadline: float, *, follow_redirects: bool) -> httpx.Client:
        """An httpx client whose every hop goes through the policy, until `deadline`."""
        return httpx.Client(
            transport=GuardedTransport(self, deadline),
            follow_redirects=follow_redirects,
            max_redirects=self.max_redirects,
            timeout=self.total_seconds,
            trust_env=False,  # a proxy would connect for us, past the check
        )

    def get_text(self, url: str) -> tuple[int, bytes]:
        """GET `url` (redirects followed, each hop checked): its status and at most `max_bytes`
        of its body; raises httpx.HTTPError (OutboundRefused among them), or
        ResponseTooLarge."""
        deadline = time.monotonic() + self.total_seconds
        with (
            self.client(deadline, follow_redirects=True) as client,
            client.stream("GET", url, headers={"Accept": "text/plain, */*"}) as response,
        ):
            if response.status_code != 200:
                return response.status_code, b""
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > self.max_bytes:
                    raise ResponseTooLarge(f"larger than {self.max_bytes} bytes")
                _check_deadline(deadline, self.total_seconds)
            return response.status_code, bytes(body)

    def post(self, url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
        """POST `body` to `url` (no redirects) within `timeout` seconds (at most the total
        cap); the answer's status. The answer's body is not read."""
        deadline = time.monotonic() + min(timeout, self.total_seconds)
        with (
            self.client(deadline, follow_redirects=False) as client,
            client.stream("POST", url, content=body, headers=headers) as response,
        ):
            return response.status_code


DEFAULT_POLICY = OutboundPolicy()


class ResponseTooLarge(httpx.HTTPError):
    """A fetched body went past the policy's byte cap."""


def _check_deadline(deadline: float, total: float) -> None:
    if time.monotonic() > deadline:
        raise httpx.ReadTimeout(f"took longer than {total:g} s in all")


class GuardedTransport(httpx.BaseTransport):
    """Checks each request's host against the policy, then connects to the checked address
    (the name stays in `Host` and in TLS's server name), with what is left of the deadline as
    every timeout."""

    def __init__(self, policy: OutboundPolicy, deadline: float) -> None:
        self._policy = policy
        self._deadline = deadline
        self._inner = httpx.HTTPTransport(retries=0)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _check_deadline(self._deadline, self._policy.total_seconds)
        url = request.url
        if url.scheme not in ("http", "https"):
            raise OutboundRefused(f"{url.scheme} URLs are not fetched")
        port = url.port or (443 if url.scheme == "https" else 80)
        address = self._policy.checked_address(url.host, port)
        left = max(self._deadline - time.monotonic(), 0.001)
        extensions = {**request.extensions, "timeout": httpx.Timeout(left).as_dict()}
        if url.scheme == "https":
            extensions["sni_hostname"] = url.host
        pinned = httpx.Request(
            request.method,
            url.copy_with(host=address),
            headers=request.headers,  # keeps `Host: <name>`
            stream=request.stream,
            extensions=extensions,
        )
        response = self._inner.handle_request(pinned)
        response.request = request  # redirects are computed from the URL as the client sent it
        return response

    def close(self) -> None:
        self._inner.close()
