package se.fyren.bot.slack;

import java.util.Optional;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.People;

/** Slack users by the name Slack shows for them. */
final class SlackPeople implements People {

	private final SlackWeb web;

	SlackPeople(SlackWeb web) {
		this.web = web;
	}

	@Override
	public Channel channel() {
		return Channel.SLACK;
	}

	@Override
	public Optional<String> nameOf(String user) {
		return web.nameOf(user);
	}

}
