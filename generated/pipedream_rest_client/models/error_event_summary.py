from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_metadata import EventMetadata
    from ..models.workflow_error_event import WorkflowErrorEvent


T = TypeVar("T", bound="ErrorEventSummary")


@_attrs_define
class ErrorEventSummary:
    """One event of the `$errors` channel."""

    id: str
    """ An event ID, `<epoch ms>-<sequence>`; IDs are ordered by time. """
    event: WorkflowErrorEvent
    """ An event of the `$errors` channel. """
    indexed_at_ms: int | Unset = UNSET
    """ Epoch milliseconds. """
    metadata: EventMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event: Any = UNSET
        if self.event is not UNSET:
            event = self.event.to_dict()

        indexed_at_ms = self.indexed_at_ms

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if event is not UNSET:
            field_dict["event"] = event
        if indexed_at_ms is not UNSET:
            field_dict["indexed_at_ms"] = indexed_at_ms
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_event = d.pop("event", UNSET)
        event: Any = UNSET
        if _raw_event is not UNSET:
            event = WorkflowErrorEvent.from_dict(_raw_event)

        indexed_at_ms = d.pop("indexed_at_ms", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: EventMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = EventMetadata.from_dict(_metadata)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.id = id
        _new.event = event
        _new.indexed_at_ms = indexed_at_ms
        _new.metadata = metadata
        error_event_summary = _new

        error_event_summary.additional_properties = d
        return error_event_summary

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
from ..models.event_metadata import EventMetadata
from ..models.workflow_error_event import WorkflowErrorEvent
