from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_metadata import EventMetadata
    from ..models.workflow_error_context import WorkflowErrorContext
    from ..models.workflow_error_detail import WorkflowErrorDetail


T = TypeVar("T", bound="WorkflowErrorEvent")


@_attrs_define
class WorkflowErrorEvent:
    """An event of the `$errors` channel."""

    original_event: Any
    """ The event the workflow was processing, usually an object. """
    error: WorkflowErrorDetail
    """ The error a step raised. """
    original_context: WorkflowErrorContext | Unset = UNSET
    """ Where the failed execution ran. """
    metadata: EventMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_event = self.original_event

        error: Any = UNSET
        if self.error is not UNSET:
            error = self.error.to_dict()

        original_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_context, Unset):
            original_context = self.original_context.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_event is not UNSET:
            field_dict["original_event"] = original_event
        if error is not UNSET:
            field_dict["error"] = error
        if original_context is not UNSET:
            field_dict["original_context"] = original_context
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_event = d.pop("original_event", UNSET)

        _raw_error = d.pop("error", UNSET)
        error: Any = UNSET
        if _raw_error is not UNSET:
            error = WorkflowErrorDetail.from_dict(_raw_error)

        _original_context = d.pop("original_context", UNSET)
        original_context: WorkflowErrorContext | Unset
        if isinstance(_original_context, Unset):
            original_context = UNSET
        else:
            original_context = WorkflowErrorContext.from_dict(_original_context)

        _metadata = d.pop("metadata", UNSET)
        metadata: EventMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = EventMetadata.from_dict(_metadata)

        # Filled in directly: attrs' __init__ would run its default factories only for them to be
        # replaced, for every item of a list. Models have no validators or converters to skip.
        _new = cls.__new__(cls)
        _new.original_event = original_event
        _new.error = error
        _new.original_context = original_context
        _new.metadata = metadata
        workflow_error_event = _new

        workflow_error_event.additional_properties = d
        return workflow_error_event

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
from ..models.workflow_error_context import WorkflowErrorContext
from ..models.workflow_error_detail import WorkflowErrorDetail
