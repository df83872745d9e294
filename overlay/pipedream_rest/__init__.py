"""pipedream_rest: the hand-written layer over the generated ``pipedream_rest_client``.

``Pipedream`` has every operation as a method grouped by tag (``client.sources.list()``), returning
its 2xx model (a list with ``page_info`` is a ``SyncPage`` / ``AsyncPager`` that pages itself). It
configures the generated client so that every generated operation checks its
input, retries transient failures and raises typed errors, with an API key or OAuth client
credentials (``ClientCredentialsAuth`` keeps the token fresh); ``paginate``/``apaginate`` walk any
generated list operation; ``client.events.stream(source_id)`` (:mod:`pipedream_rest.live`) follows
a source's events live. Importing this package also masks ``api_key`` in the generated
``User`` model's ``repr``.
"""

from pipedream_rest_runtime.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PipedreamError,
    RateLimitError,
    UnprocessableEntityError,
)
from pipedream_rest_runtime.paging import AsyncPage, AsyncPager, SyncPage
from pipedream_rest_runtime.responses import UnexpectedAnswerError

from .auth import ClientCredentialsAuth
from .client import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Pipedream
from .live import AsyncLiveStream, LiveStream
from .pagination import AsyncPaginator, PageInfoLike, PageLike, Paginator, apaginate, paginate
from .redaction import mask_secret, mask_secret_fields_of_generated_models
from .retries import RetryPolicy, parse_retry_after

mask_secret_fields_of_generated_models()

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncLiveStream",
    "AsyncPage",
    "AsyncPager",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ClientCredentialsAuth",
    "ConflictError",
    "InternalServerError",
    "LiveStream",
    "NotFoundError",
    "PageInfoLike",
    "PageLike",
    "Paginator",
    "PermissionDeniedError",
    "Pipedream",
    "PipedreamError",
    "RateLimitError",
    "RetryPolicy",
    "SyncPage",
    "UnexpectedAnswerError",
    "UnprocessableEntityError",
    "apaginate",
    "mask_secret",
    "paginate",
    "parse_retry_after",
]
