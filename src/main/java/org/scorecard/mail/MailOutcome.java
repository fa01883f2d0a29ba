package org.scorecard.mail;

import java.util.List;

/**
 * What one call of {@link MailService#send} did for a run: every message in sending order (the
 * secretariat's first, then the agencies' by code), and the same split by status.
 */
public record MailOutcome(long runId, String period, boolean dryRun, List<Delivery> deliveries) {

	public MailOutcome {
		deliveries = List.copyOf(deliveries);
	}

	public List<Delivery> sent() {
		return with(Delivery.Status.SENT);
	}

	public List<Delivery> alreadySent() {
		return with(Delivery.Status.ALREADY_SENT);
	}

	public List<Delivery> failed() {
		return with(Delivery.Status.FAILED);
	}

	public List<Delivery> skipped() {
		return with(Delivery.Status.SKIPPED);
	}

	public List<Delivery> written() {
		return with(Delivery.Status.WRITTEN);
	}

	/** No message failed: running the same call again would send nothing. */
	public boolean complete() {
		return failed().isEmpty();
	}

	private List<Delivery> with(Delivery.Status status) {
		return deliveries.stream().filter(delivery -> delivery.status() == status).toList();
	}

}
