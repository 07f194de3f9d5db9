//! SDK errors read into the store's kinds: what a retry may fix, what is a lost race,
//! and what is a bug. Every DynamoDB call of the store goes through `classify`, every
//! transaction through `classify_transaction`.

use aws_sdk_dynamodb::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;

use crate::store::StoreError;

/// What the SDK said (its whole error chain), kept as the cause of a `StoreError`.
/// Boxing the SDK's own error values instead cost 13 KB of the x86_64 release
/// get-group binary (measured; the arm64 bootstrap did not change measurably).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(crate) struct SdkFailure(String);

impl<E: std::error::Error + 'static, R: std::fmt::Debug> From<&SdkError<E, R>> for SdkFailure {
    fn from(e: &SdkError<E, R>) -> Self {
        Self(aws_sdk_dynamodb::error::DisplayErrorContext(e).to_string())
    }
}

/// Maps SDK errors to the store's error kinds: what a retry may fix is `Unavailable`.
pub(crate) fn classify<E, R>(err: SdkError<E, R>) -> StoreError
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug + Send + Sync + 'static,
{
    match &err {
        SdkError::TimeoutError(_) | SdkError::DispatchFailure(_) => {
            StoreError::unavailable("DynamoDB unreachable", SdkFailure::from(&err))
        }
        SdkError::ServiceError(se) => {
            let code = se.err().code().unwrap_or("Unknown");
            let retryable = matches!(
                code,
                "ProvisionedThroughputExceededException"
                    | "ThrottlingException"
                    | "RequestLimitExceeded"
                    | "InternalServerError"
                    | "ServiceUnavailable"
                    | "LimitExceededException"
                    | "TransactionInProgressException"
            );
            let msg = format!("DynamoDB answered {code}");
            if retryable {
                StoreError::unavailable(msg, SdkFailure::from(&err))
            } else if code == "TransactionConflictException" {
                StoreError::Conflict
            } else {
                StoreError::internal(msg, SdkFailure::from(&err))
            }
        }
        SdkError::ResponseError(_) => {
            StoreError::unavailable("unreadable DynamoDB response", SdkFailure::from(&err))
        }
        _ => StoreError::internal("DynamoDB request failed", SdkFailure::from(&err)),
    }
}

/// The cancellation reason codes of a cancelled transaction, one per item in request
/// order (`"None"` for an item that was fine); `None` for any other error.
pub(super) fn cancellation_codes<R>(
    err: &SdkError<TransactWriteItemsError, R>,
) -> Option<Vec<String>> {
    match err {
        SdkError::ServiceError(se) => match se.err() {
            TransactWriteItemsError::TransactionCanceledException(tc) => Some(
                tc.cancellation_reasons()
                    .iter()
                    .map(|r| r.code().unwrap_or("None").to_owned())
                    .collect(),
            ),
            _ => None,
        },
        _ => None,
    }
}

/// A cancelled transaction by every reason it gives, not only the first: a condition
/// that failed is the caller's to read; a conflicting transaction on one of the items
/// is a lost race (`Conflict`: re-read and retry, 409 to a client); throttling of any
/// item is worth a retry later (`Unavailable`, 503 with `Retry-After`).
pub(super) fn classify_transaction<R>(err: SdkError<TransactWriteItemsError, R>) -> StoreError
where
    R: std::fmt::Debug + Send + Sync + 'static,
{
    let Some(codes) = cancellation_codes(&err) else {
        return classify(err);
    };
    let any = |wanted: &[&str]| codes.iter().any(|c| wanted.contains(&c.as_str()));
    if any(&[
        "ThrottlingError",
        "ProvisionedThroughputExceeded",
        "RequestLimitExceeded",
        "TransactionInProgress",
    ]) {
        StoreError::unavailable(
            format!("DynamoDB cancelled the transaction: {}", codes.join(", ")),
            SdkFailure::from(&err),
        )
    } else if any(&["TransactionConflict"]) {
        StoreError::Conflict
    } else {
        StoreError::internal(
            format!("DynamoDB cancelled the transaction: {}", codes.join(", ")),
            SdkFailure::from(&err),
        )
    }
}

pub(super) fn is_condition_failed<E: ProvideErrorMetadata, R>(err: &SdkError<E, R>) -> bool {
    matches!(err, SdkError::ServiceError(se) if se.err().code() == Some("ConditionalCheckFailedException"))
}
