from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configurable_prop import ConfigurableProp


T = TypeVar("T", bound="Component")


@_attrs_define
class Component:
    """A component saved in the account, or published in the registry."""

    id: str
    code: str
    """ The component's code. """
    code_hash: str
    """ SHA-256 of the code, in hex. """
    name: str
    version: str
    configurable_props: list[ConfigurableProp]
    created_at: int
    """ Epoch seconds. """
    updated_at: int
    """ Epoch seconds. """
    key: str | Unset = UNSET
    """ The registry key, for registry components. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        code_hash = self.code_hash

        name = self.name

        version = self.version

        configurable_props: Any = UNSET
        if self.configurable_props is not UNSET:
            configurable_props = []
            for configurable_props_item_data in self.configurable_props:
                configurable_props_item = configurable_props_item_data.to_dict()
                configurable_props.append(configurable_props_item)

        created_at = self.created_at

        updated_at = self.updated_at

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if code_hash is not UNSET:
            field_dict["code_hash"] = code_hash
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if configurable_props is not UNSET:
            field_dict["configurable_props"] = configurable_props
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        code_hash = d.pop("code_hash", UNSET)

        name = d.pop("name", UNSET)

        version = d.pop("version", UNSET)

        _raw_configurable_props = d.pop("configurable_props", UNSET)
        configurable_props: Any = UNSET
        if _raw_configurable_props is not UNSET:
            configurable_props = []
            _configurable_props = _raw_configurable_props
            for configurable_props_item_data in _configurable_props:
                configurable_props_item = ConfigurableProp.from_dict(
                    configurable_props_item_data
                )

                configurable_props.append(configurable_props_item)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        key = d.pop("key", UNSET)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.id = id
        _new.code = code
        _new.code_hash = code_hash
        _new.name = name
        _new.version = version
        _new.configurable_props = configurable_props
        _new.created_at = created_at
        _new.updated_at = updated_at
        _new.key = key
        component = _new

        component.additional_properties = d
        return component

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
from ..models.configurable_prop import ConfigurableProp
