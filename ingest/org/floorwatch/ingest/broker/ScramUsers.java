package org.floorwatch.ingest.broker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;

/**
 * Creates the SCRAM-SHA-512 users of a secure built-in broker through the Admin API (KRaft keeps them in the cluster
 * metadata), and waits until the broker serves them, so a client that logs in right after the start is known.
 * The Admin client salts and hashes each password itself; only the salted form reaches the broker.
 */
final class ScramUsers {

    private static final int ITERATIONS = 4096;
    private static final long WAIT_SECONDS = 15;

    private ScramUsers() {
    }

    static void create(Admin admin, Map<String, String> users) {
        if (users.isEmpty()) {
            return;
        }
        ScramCredentialInfo info = new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS);
        List<UserScramCredentialAlteration> upserts = users.entrySet().stream()
                .<UserScramCredentialAlteration>map(user -> new UserScramCredentialUpsertion(user.getKey(), info,
                        user.getValue()))
                .toList();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        try {
            admin.alterUserScramCredentials(upserts).all().get(WAIT_SECONDS, TimeUnit.SECONDS);
            while (!admin.describeUserScramCredentials().users().get(WAIT_SECONDS, TimeUnit.SECONDS)
                    .containsAll(Set.copyOf(users.keySet()))) {
                if (System.nanoTime() > deadline) {
                    throw new BrokerException("the broker did not know its users " + users.keySet() + " within "
                            + WAIT_SECONDS + " s");
                }
                Thread.sleep(50);
            }
        } catch (ExecutionException e) {
            throw new BrokerException("the broker could not create its users " + users.keySet() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new BrokerException("the broker did not create its users " + users.keySet() + " within "
                    + WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerException("interrupted while creating the broker's users", e);
        }
    }
}
