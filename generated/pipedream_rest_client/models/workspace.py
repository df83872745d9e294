from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """A workspace (organisation) the user belongs to."""

    id: str
    name: str
    orgname: str
    email: str | Unset = UNSET
    daily_credits_quota: int | Unset = UNSET
    daily_credits_used: int | Unset = UNSET
    daily_compute_time_quota: int | Unset = UNSET
    """ Milliseconds (older plans; current docs, second workspace of the example). """
    daily_compute_time_used: int | Unset = UNSET
    daily_invocations_quota: int | Unset = UNSET
    daily_invocations_used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        orgname = self.orgname

        email = self.email

        daily_credits_quota = self.daily_credits_quota

        daily_credits_used = self.daily_credits_used

        daily_compute_time_quota = self.daily_compute_time_quota

        daily_compute_time_used = self.daily_compute_time_used

        daily_invocations_quota = self.daily_invocations_quota

        daily_invocations_used = self.daily_invocations_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if orgname is not UNSET:
            field_dict["orgname"] = orgname
        if email is not UNSET:
            field_dict["email"] = email
        if daily_credits_quota is not UNSET:
            field_dict["daily_credits_quota"] = daily_credits_quota
        if daily_credits_used is not UNSET:
            field_dict["daily_credits_used"] = daily_credits_used
        if daily_compute_time_quota is not UNSET:
            field_dict["daily_compute_time_quota"] = daily_compute_time_quota
        if daily_compute_time_used is not UNSET:
            field_dict["daily_compute_time_used"] = daily_compute_time_used
        if daily_invocations_quota is not UNSET:
            field_dict["daily_invocations_quota"] = daily_invocations_quota
        if daily_invocations_used is not UNSET:
            field_dict["daily_invocations_used"] = daily_invocations_used

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        orgname = d.pop("orgname", UNSET)

        email = d.pop("email", UNSET)

        daily_credits_quota = d.pop("daily_credits_quota", UNSET)

        daily_credits_used = d.pop("daily_credits_used", UNSET)

        daily_compute_time_quota = d.pop("daily_compute_time_quota", UNSET)

        daily_compute_time_used = d.pop("daily_compute_time_used", UNSET)

        daily_invocations_quota = d.pop("daily_invocations_quota", UNSET)

        daily_invocations_used = d.pop("daily_invocations_used", UNSET)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.id = id
        _new.name = name
        _new.orgname = orgname
        _new.email = email
        _new.daily_credits_quota = daily_credits_quota
        _new.daily_credits_used = daily_credits_used
        _new.daily_compute_time_quota = daily_compute_time_quota
        _new.daily_compute_time_used = daily_compute_time_used
        _new.daily_invocations_quota = daily_invocations_quota
        _new.daily_invocations_used = daily_invocations_used
        workspace = _new

        workspace.additional_properties = d
        return workspace

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
