#pragma once
// Work for a worker thread whose result comes back to a QObject on its own thread, through
// QFuture::then(context, ...).

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <type_traits>

// Runs WORK on POOL and hands its result to HANDLER on CONTEXT's thread, always later, through CONTEXT's event
// loop: the continuation is attached before the work starts. (QtConcurrent::run(...).then(context, ...) calls
// HANDLER at once, inside the call, when the work wins the race to finish first.) The owner of POOL waits for
// it before CONTEXT goes, so that no finished work posts its result to an object that is gone.
template <typename Work, typename Handler>
void runInBackground(QThreadPool* pool, QObject* context, Work work, Handler handler)
{
    using Result = std::invoke_result_t<Work>;
    auto promise = std::make_shared<QPromise<Result>>();
    promise->future().then(context, std::move(handler));
    pool->start([promise, work = std::move(work)]() mutable {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}
