package org.floorwatch.ingest.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Certificates made at test time with the running JDK's keytool: a test CA, a broker key store for a host name signed
 * by it (with the name as a DNS subject alternative name, as TLS host-name checks read it), a trust store holding the
 * CA, and a trust store holding another CA only (for "certificate not trusted").
 */
public record TestCertificates(Path brokerKeyStore, Path trustStore, Path foreignTrustStore, String password) {

    private static final String KEYTOOL = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();

    /** Makes them in {@code dir}; the broker's certificate is for {@code hostName} only. */
    public static TestCertificates make(Path dir, String hostName, String password) {
        Path ca = dir.resolve("ca.p12");
        Path caCert = dir.resolve("ca.pem");
        Path broker = dir.resolve("broker.p12");
        Path request = dir.resolve("broker.csr");
        Path reply = dir.resolve("broker.pem");
        Path trust = dir.resolve("truststore.p12");
        Path otherCa = dir.resolve("other-ca.p12");
        Path otherCaCert = dir.resolve("other-ca.pem");
        Path foreignTrust = dir.resolve("foreign-truststore.p12");

        // three chains of keytool runs side by side: each run is a JVM start, the slowest part of a secure test
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CompletableFuture<Void> caExported = CompletableFuture.runAsync(() -> {
                keytool("-genkeypair", "-alias", "ca", "-dname", "CN=Floorwatch test CA", "-ext", "bc:c",
                        "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-keystore", ca, "-storepass", password);
                keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-storepass", password, "-file", caCert);
            }, pool);
            CompletableFuture<Void> requested = CompletableFuture.runAsync(() -> {
                keytool("-genkeypair", "-alias", "broker", "-dname", "CN=" + hostName, "-keyalg", "EC", "-groupname",
                        "secp256r1", "-validity", "2", "-keystore", broker, "-storepass", password);
                keytool("-certreq", "-alias", "broker", "-keystore", broker, "-storepass", password, "-file", request);
            }, pool);
            CompletableFuture<Void> foreign = CompletableFuture.runAsync(() -> {
                keytool("-genkeypair", "-alias", "other-ca", "-dname", "CN=Some other CA", "-ext", "bc:c", "-keyalg", "EC",
                        "-groupname", "secp256r1", "-validity", "2", "-keystore", otherCa, "-storepass", password);
                keytool("-exportcert", "-rfc", "-alias", "other-ca", "-keystore", otherCa, "-storepass", password,
                        "-file", otherCaCert);
                keytool("-importcert", "-noprompt", "-alias", "other-ca", "-file", otherCaCert, "-keystore", foreignTrust,
                        "-storepass", password);
            }, pool);
            CompletableFuture<Void> trusted = caExported.thenRunAsync(() -> keytool("-importcert", "-noprompt", "-alias",
                    "ca", "-file", caCert, "-keystore", trust, "-storepass", password), pool);
            CompletableFuture<Void> signed = caExported.runAfterBothAsync(requested, () -> {
                keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", ca, "-storepass", password, "-infile", request,
                        "-outfile", reply, "-validity", "2", "-ext", "SAN=dns:" + hostName);
                keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caCert, "-keystore", broker, "-storepass",
                        password);
                keytool("-importcert", "-alias", "broker", "-file", reply, "-keystore", broker, "-storepass", password);
            }, pool);
            CompletableFuture.allOf(foreign, trusted, signed).join();
        } finally {
            pool.shutdown();
        }
        return new TestCertificates(broker, trust, foreignTrust, password);
    }

    private static void keytool(Object... arguments) {
        List<String> command = new ArrayList<>(List.of(KEYTOOL, "-storetype", "PKCS12"));
        for (Object argument : arguments) {
            command.add(argument.toString());
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }
}
