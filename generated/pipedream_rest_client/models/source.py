from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_configured_props import SourceConfiguredProps


T = TypeVar("T", bound="Source")


@_attrs_define
class Source:
    """An event source: a deployed component. Single-source responses carry `user_id`; list
    items may not, and some responses carry `owner_id` instead.

    """

    id: str
    component_id: str
    configured_props: SourceConfiguredProps
    """ The source's configured props, as the API echoes them: timers come back as
    `{"cron": null, "interval_seconds": 60}`, an HTTP interface as `{"endpoint_url": "..."}`.
    Every request sent to an `endpoint_url` becomes an event of the source; the local
    sandbox refuses a JSON body over 1 MB (413) or nested deeper than 64 levels (400,
    `{"error": "request body is nested deeper than 64 levels", "code": "body_too_deep"}`),
    and stores nothing then.
     """
    active: bool
    created_at: int
    """ Epoch seconds. """
    updated_at: int
    """ Epoch seconds. """
    name: str
    name_slug: str
    user_id: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        component_id = self.component_id

        configured_props: Any = UNSET
        if self.configured_props is not UNSET:
            configured_props = self.configured_props.to_dict()

        active = self.active

        created_at = self.created_at

        updated_at = self.updated_at

        name = self.name

        name_slug = self.name_slug

        user_id = self.user_id

        owner_id = self.owner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if component_id is not UNSET:
            field_dict["component_id"] = component_id
        if configured_props is not UNSET:
            field_dict["configured_props"] = configured_props
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if name_slug is not UNSET:
            field_dict["name_slug"] = name_slug
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        component_id = d.pop("component_id", UNSET)

        _raw_configured_props = d.pop("configured_props", UNSET)
        configured_props: Any = UNSET
        if _raw_configured_props is not UNSET:
            configured_props = SourceConfiguredProps.from_dict(_raw_configured_props)

        active = d.pop("active", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        name = d.pop("name", UNSET)

        name_slug = d.pop("name_slug", UNSET)

        user_id = d.pop("user_id", UNSET)

        owner_id = d.pop("owner_id", UNSET)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.id = id
        _new.component_id = component_id
        _new.configured_props = configured_props
        _new.active = active
        _new.created_at = created_at
        _new.updated_at = updated_at
        _new.name = name
        _new.name_slug = name_slug
        _new.user_id = user_id
        _new.owner_id = owner_id
        source = _new

        source.additional_properties = d
        return source

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


# Imported at the end, once: models may refer to each other, and use these names only when called
# (an import inside from_dict would run for every item of a list).
from ..models.source_configured_props import SourceConfiguredProps
