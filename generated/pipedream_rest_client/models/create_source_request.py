from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_configured_props_input import SourceConfiguredPropsInput


T = TypeVar("T", bound="CreateSourceRequest")


@_attrs_define
class CreateSourceRequest:
    """One of `component_id`, `component_code`, `component_url` or `key` is required.
    Precedence: `component_id`, `component_code`, `component_url`, `key`.

    """

    component_id: str | Unset = UNSET
    """ A component saved in the account (`sc_...`). """
    component_code: str | Unset = UNSET
    """ The full code of a component. """
    component_url: str | Unset = UNSET
    """ Where the component's code is hosted. """
    key: str | Unset = UNSET
    """ A registry component key, e.g. `rss-new-item-in-feed`. """
    name: str | Unset = UNSET
    """ The source's name. Defaults to the component's name slug. """
    configured_props: SourceConfiguredPropsInput | Unset = UNSET
    """ Values for the component's props, by prop name. Timers are written
    `{"intervalSeconds": 60}` (at least 15) or `{"cron": "*/5 * * * *"}`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component_id = self.component_id

        component_code = self.component_code

        component_url = self.component_url

        key = self.key

        name = self.name

        configured_props: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configured_props, Unset):
            configured_props = self.configured_props.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if component_id is not UNSET:
            field_dict["component_id"] = component_id
        if component_code is not UNSET:
            field_dict["component_code"] = component_code
        if component_url is not UNSET:
            field_dict["component_url"] = component_url
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if configured_props is not UNSET:
            field_dict["configured_props"] = configured_props

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        component_id = d.pop("component_id", UNSET)

        component_code = d.pop("component_code", UNSET)

        component_url = d.pop("component_url", UNSET)

        key = d.pop("key", UNSET)

        name = d.pop("name", UNSET)

        _configured_props = d.pop("configured_props", UNSET)
        configured_props: SourceConfiguredPropsInput | Unset
        if isinstance(_configured_props, Unset):
            configured_props = UNSET
        else:
            configured_props = SourceConfiguredPropsInput.from_dict(_configured_props)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.component_id = component_id
        _new.component_code = component_code
        _new.component_url = component_url
        _new.key = key
        _new.name = name
        _new.configured_props = configured_props
        create_source_request = _new

        create_source_request.additional_properties = d
        return create_source_request

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
from ..models.source_configured_props_input import SourceConfiguredPropsInput
