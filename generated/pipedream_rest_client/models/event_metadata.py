from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventMetadata")


@_attrs_define
class EventMetadata:
    emitter_id: str | Unset = UNSET
    """ The source or workflow that emitted the event. """
    emit_id: str | Unset = UNSET
    name: str | Unset = UNSET
    """ The channel; `""` is the default channel. """
    id: float | str | Unset = UNSET
    """ The ID the component gave the event (`$emit(event, {id})`), used to deduplicate;
    components pass strings or numbers.
     """
    summary: str | Unset = UNSET
    """ The one-line summary the component gave the event. """
    ts: float | Unset = UNSET
    """ The event's time as the component gave it, epoch milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emitter_id = self.emitter_id

        emit_id = self.emit_id

        name = self.name

        id: float | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        summary = self.summary

        ts = self.ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emitter_id is not UNSET:
            field_dict["emitter_id"] = emitter_id
        if emit_id is not UNSET:
            field_dict["emit_id"] = emit_id
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if ts is not UNSET:
            field_dict["ts"] = ts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        emitter_id = d.pop("emitter_id", UNSET)

        emit_id = d.pop("emit_id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_id(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        summary = d.pop("summary", UNSET)

        ts = d.pop("ts", UNSET)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.emitter_id = emitter_id
        _new.emit_id = emit_id
        _new.name = name
        _new.id = id
        _new.summary = summary
        _new.ts = ts
        event_metadata = _new

        event_metadata.additional_properties = d
        return event_metadata

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
