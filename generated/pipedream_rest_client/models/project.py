from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project of a workspace (`proj_...`)."""

    id: str
    hid: str
    name: str
    repository_id: int | None | str
    repository_path: None | str
    created_at: str
    """ ISO 8601. """
    updated_at: str
    """ ISO 8601. """
    org_id: int | str
    """ The owning workspace; the 2021 edition prints a number here, not an `o_...` ID. """
    allow_support: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        hid = self.hid

        name = self.name

        repository_id: Any = UNSET
        if self.repository_id is not UNSET:
            repository_id: int | None | str
            repository_id = self.repository_id

        repository_path: Any = UNSET
        if self.repository_path is not UNSET:
            repository_path: None | str
            repository_path = self.repository_path

        created_at = self.created_at

        updated_at = self.updated_at

        org_id: Any = UNSET
        if self.org_id is not UNSET:
            org_id: int | str
            org_id = self.org_id

        allow_support = self.allow_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if hid is not UNSET:
            field_dict["hid"] = hid
        if name is not UNSET:
            field_dict["name"] = name
        if repository_id is not UNSET:
            field_dict["repository_id"] = repository_id
        if repository_path is not UNSET:
            field_dict["repository_path"] = repository_path
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if allow_support is not UNSET:
            field_dict["allow_support"] = allow_support

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        hid = d.pop("hid", UNSET)

        name = d.pop("name", UNSET)

        _raw_repository_id = d.pop("repository_id", UNSET)
        repository_id: Any = UNSET
        if _raw_repository_id is not UNSET:

            def _parse_repository_id(data: object) -> int | None | str:
                if data is None:
                    return data
                return cast(int | None | str, data)

            repository_id = _parse_repository_id(_raw_repository_id)

        _raw_repository_path = d.pop("repository_path", UNSET)
        repository_path: Any = UNSET
        if _raw_repository_path is not UNSET:

            def _parse_repository_path(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            repository_path = _parse_repository_path(_raw_repository_path)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _raw_org_id = d.pop("org_id", UNSET)
        org_id: Any = UNSET
        if _raw_org_id is not UNSET:

            def _parse_org_id(data: object) -> int | str:
                return cast(int | str, data)

            org_id = _parse_org_id(_raw_org_id)

        allow_support = d.pop("allow_support", UNSET)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.id = id
        _new.hid = hid
        _new.name = name
        _new.repository_id = repository_id
        _new.repository_path = repository_path
        _new.created_at = created_at
        _new.updated_at = updated_at
        _new.org_id = org_id
        _new.allow_support = allow_support
        project = _new

        project.additional_properties = d
        return project

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
