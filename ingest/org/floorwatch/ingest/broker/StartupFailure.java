package org.floorwatch.ingest.broker;

/** Turns the exception Kafka throws from a failed start into one line a user can act on. */
final class StartupFailure {

    private StartupFailure() {
    }

    static BrokerException explain(RuntimeException failure, int brokerPort) {
        if (failure instanceof BrokerException known) {
            return known;
        }
        Throwable root = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("failed to bind to " + LoopbackPorts.HOST + ":" + brokerPort)) {
                return LoopbackPorts.portInUse(brokerPort);
            }
            root = cause;
        }
        return new BrokerException("the broker on " + LoopbackPorts.HOST + ":" + brokerPort
                + " failed to start: " + root.getMessage(), failure);
    }
}
