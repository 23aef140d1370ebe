package org.floorwatch.ingest.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** TCP ports on 127.0.0.1: finding a free one, and telling whether a given one is taken. */
final class LoopbackPorts {

    static final String HOST = "127.0.0.1";

    private LoopbackPorts() {
    }

    /** A port nobody listens on right now; the OS picks it. */
    static int pickFree() {
        try (ServerSocket socket = bind(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }

    /** Returns {@code port} if it can be bound on the loopback address, else fails with a readable message. */
    static int requireFree(int port) {
        if (port < 1 || port > 65_535) {
            throw new BrokerException("port " + port + " is not a valid TCP port (1-65535, or 0 for any free port)");
        }
        try {
            bind(port).close();
            return port;
        } catch (IOException e) {
            throw portInUse(port);
        }
    }

    static BrokerException portInUse(int port) {
        return new BrokerException("port " + port + " on " + HOST + " is in use");
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
