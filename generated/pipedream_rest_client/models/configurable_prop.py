from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigurableProp")


@_attrs_define
class ConfigurableProp:
    """A prop the component takes. `name` and `type` are always present; `type` is free text
    (`string`, `integer`, `boolean`, `app`, `$.interface.timer`, `$.interface.http`,
    `$.service.db`, `string[]`, ...). Other attributes are kept as written in the component.

    """

    name: str
    type_: str
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    optional: bool | Unset = UNSET
    secret: bool | Unset = UNSET
    app: str | Unset = UNSET
    default: Any | Unset = UNSET
    """ The prop's default value, of any JSON type. """
    options: Any | Unset = UNSET
    """ The allowed values, as a list of strings or of `{label, value}` objects. """
    min_: float | Unset = UNSET
    max_: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        label = self.label

        description = self.description

        optional = self.optional

        secret = self.secret

        app = self.app

        default = self.default

        options = self.options

        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if optional is not UNSET:
            field_dict["optional"] = optional
        if secret is not UNSET:
            field_dict["secret"] = secret
        if app is not UNSET:
            field_dict["app"] = app
        if default is not UNSET:
            field_dict["default"] = default
        if options is not UNSET:
            field_dict["options"] = options
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        optional = d.pop("optional", UNSET)

        secret = d.pop("secret", UNSET)

        app = d.pop("app", UNSET)

        default = d.pop("default", UNSET)

        options = d.pop("options", UNSET)

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.name = name
        _new.type_ = type_
        _new.label = label
        _new.description = description
        _new.optional = optional
        _new.secret = secret
        _new.app = app
        _new.default = default
        _new.options = options
        _new.min_ = min_
        _new.max_ = max_
        configurable_prop = _new

        configurable_prop.additional_properties = d
        return configurable_prop

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
