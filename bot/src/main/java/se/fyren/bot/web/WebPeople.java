package se.fyren.bot.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.People;

/**
 * Web users by the name they typed when they joined a room. The page keeps the name and
 * sends it with every room post and click, so memory is enough: the name is here when the
 * answer it came with is recorded.
 */
@Component
class WebPeople implements People {

	static final int MAX_REMEMBERED = 10_000;

	static final int MAX_NAME_CHARS = 100;

	private final Map<String, String> names = new ConcurrentHashMap<>();

	@Override
	public Channel channel() {
		return Channel.WEB;
	}

	@Override
	public Optional<String> nameOf(String user) {
		return Optional.ofNullable(names.get(user));
	}

	/**
	 * @param user the web user id ({@code web:<browser id>}); nothing is remembered
	 * without one
	 * @param name as typed; a blank one leaves the earlier name in place
	 */
	void remember(String user, String name) {
		String kept = name == null ? "" : ChatMessage.typed(name);
		if (user == null || kept.isEmpty()) {
			return;
		}
		if (names.size() >= MAX_REMEMBERED && !names.containsKey(user)) {
			names.clear();
		}
		names.put(user, kept.length() > MAX_NAME_CHARS ? kept.substring(0, MAX_NAME_CHARS) : kept);
	}

}
