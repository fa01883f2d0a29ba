package org.scorecard.mail;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.scorecard.text.Message;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail settings ({@code scorecard.mail.*}): the secretariat's addresses (comma-separated), the
 * sender, and how often and how patiently a message is tried. The SMTP server itself is Spring's
 * {@code spring.mail.*}.
 */
@ConfigurationProperties("scorecard.mail")
public record MailSettings(String secretariat, String from, int attempts, Duration backoff) {

	public MailSettings {
		secretariat = secretariat == null ? "" : secretariat.strip();
		from = from == null ? "" : from.strip();
		attempts = attempts <= 0 ? 3 : attempts;
		backoff = backoff == null || backoff.isNegative() ? Duration.ofSeconds(2) : backoff;
	}

	/** The secretariat's addresses, in the order given. */
	List<String> secretariatAddresses() {
		return Arrays.stream(secretariat.split(",")).map(String::strip).filter(address -> !address.isEmpty()).toList();
	}

	/** Refuses a missing sender, or a sender or secretariat address that is not an address. */
	void check() {
		if (from.isEmpty()) {
			throw new MailRequestException(Message.of("usage.mail.no_sender"));
		}
		check("scorecard.mail.from", from);
		for (String address : secretariatAddresses()) {
			check("scorecard.mail.secretariat", address);
		}
	}

	private static void check(String setting, String address) {
		try {
			new InternetAddress(address, true).validate();
		}
		catch (AddressException ex) {
			throw new MailRequestException(Message.of("usage.mail.address", "setting", setting, "address", address,
					"detail", ex.getMessage()));
		}
	}

	/** The wait after the given failed attempt (1, 2, ...): the back-off, doubled each time. */
	Duration wait(int attempt) {
		return backoff.multipliedBy(1L << Math.min(attempt - 1, 20));
	}

}
