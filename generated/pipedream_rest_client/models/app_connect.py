from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppConnect")


@_attrs_define
class AppConnect:
    """How Pipedream Connect may proxy requests to the app's API."""

    proxy_enabled: bool
    allowed_domains: list[str]
    base_proxy_target_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proxy_enabled = self.proxy_enabled

        allowed_domains: Any = UNSET
        if self.allowed_domains is not UNSET:
            allowed_domains = self.allowed_domains

        base_proxy_target_url = self.base_proxy_target_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if proxy_enabled is not UNSET:
            field_dict["proxy_enabled"] = proxy_enabled
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if base_proxy_target_url is not UNSET:
            field_dict["base_proxy_target_url"] = base_proxy_target_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        proxy_enabled = d.pop("proxy_enabled", UNSET)

        _raw_allowed_domains = d.pop("allowed_domains", UNSET)
        allowed_domains: Any = UNSET
        if _raw_allowed_domains is not UNSET:
            allowed_domains = cast(list[str], _raw_allowed_domains)

        base_proxy_target_url = d.pop("base_proxy_target_url", UNSET)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.proxy_enabled = proxy_enabled
        _new.allowed_domains = allowed_domains
        _new.base_proxy_target_url = base_proxy_target_url
        app_connect = _new

        app_connect.additional_properties = d
        return app_connect

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
