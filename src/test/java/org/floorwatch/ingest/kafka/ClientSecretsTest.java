package org.floorwatch.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.floorwatch.ingest.message.Topics;
import org.junit.jupiter.api.Test;

/** Messages that quote a client setting back are shown with the passwords (and their pieces) as ***. */
class ClientSecretsTest {

    private static KafkaSettings settings(Map<String, String> client) {
        return new KafkaSettings("kafka-1:9093", Topics.DEFAULT, "floorwatch", client);
    }

    @Test
    void hidesPasswordSettingsAndTheJaasPasswordButNotTheUserOrTheWords() {
        KafkaSettings settings = settings(Map.of(
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"floorwatch\""
                        + " password=\"s3cret-Pass\";",
                "ssl.truststore.password", "trust-me-9",
                "security.protocol", "SASL_SSL"));

        assertThat(settings.withoutSecrets("login as floorwatch with s3cret-Pass failed; trust store trust-me-9 on SASL_SSL"))
                .isEqualTo("login as floorwatch with *** failed; trust store *** on SASL_SSL");
        assertThat(settings.withoutSecrets("Value not specified for key 'password' in JAAS config"))
                .isEqualTo("Value not specified for key 'password' in JAAS config");
    }

    @Test
    void hidesThePiecesOfAnUnquotedPasswordThatAJaasErrorCanQuote() {
        KafkaSettings settings = settings(Map.of("sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=floorwatch password=abc def-ghi;"));

        assertThat(settings.withoutSecrets("Value not specified for key 'def-ghi' in JAAS config"))
                .isEqualTo("Value not specified for key '***' in JAAS config");
        assertThat(settings.withoutSecrets("user floorwatch")).isEqualTo("user floorwatch");
    }

    @Test
    void leavesMessagesAloneWhenNothingIsSecret() {
        assertThat(settings(Map.of("fetch.min.bytes", "lots")).withoutSecrets("Invalid value lots for configuration"))
                .isEqualTo("Invalid value lots for configuration");
    }
}
