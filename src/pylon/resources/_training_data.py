"""`client.training_data`: the documents Pylon's AI answers from."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from .._errors import PylonValidationError
from .._resource import Flow, M, RawAsyncMode, RawResponses, RawSyncMode, api_method, calls
from ._base import FileInput, present
from ._generated import TrainingDataMethods

if TYPE_CHECKING:
    from pylon_openapi.models.delete_training_data_documents_response_body import (
        DeleteTrainingDataDocumentsResponseBody,
    )
    from pylon_openapi.models.training_data import TrainingData


class TrainingDataResource(TrainingDataMethods[M]):
    """`client.training_data`."""

    with_raw_response: ClassVar[
        RawResponses[TrainingDataResource[RawSyncMode], TrainingDataResource[RawAsyncMode]]
    ] = RawResponses()

    @api_method
    @calls("UploadTrainingDataFiles")
    def upload(
        self,
        files: Sequence[FileInput],
        /,
        *,
        file_names: Sequence[str] | None = None,
        external_ids: Sequence[str] | None = None,
        training_data_id: str | None = None,
        training_data_name: str | None = None,
        visibility: str | None = None,
    ) -> Flow[TrainingData]:
        """Upload files (paths, bytes or binary file objects) as training documents, into the
        training data `training_data_id` or a new one called `training_data_name`."""
        fields = present(
            file_names=file_names, external_ids=external_ids, training_data_id=training_data_id,
            training_data_name=training_data_name, visibility=visibility,
        )  # fmt: skip
        # The spec types the `files` form field as strings; the files themselves go as file parts.
        parts = [("files", source) for source in _sequence(files)]
        return (
            yield from self._upload(
                "UploadTrainingDataFiles", fields={**fields, "files": []}, files=parts
            )
        )

    @api_method
    @calls("DeleteTrainingDataDocuments")
    def delete_documents(
        self,
        training_data_id: str,
        /,
        *,
        document_ids: Sequence[str] | None = None,
        external_ids: Sequence[str] | None = None,
    ) -> Flow[DeleteTrainingDataDocumentsResponseBody]:
        """Remove documents from a training data set, by document id or by external id."""
        if not document_ids and not external_ids:
            raise PylonValidationError(
                "training_data.delete_documents: give document_ids or external_ids."
            )
        query = present(
            document_ids=document_ids and builtins.list(document_ids),
            external_ids=external_ids and builtins.list(external_ids),
        )
        return (
            yield from self._call(
                "DeleteTrainingDataDocuments", path={"id": training_data_id}, query=query
            )
        )


def _sequence(files: Sequence[FileInput]) -> builtins.list[FileInput]:
    """The files to upload; a single path or bytes is refused (it would be read as a sequence)."""
    if isinstance(files, (str, bytes, bytearray)) or not isinstance(files, Sequence) or not files:
        raise PylonValidationError("training_data.upload takes a non-empty list of files.")
    return builtins.list(files)
