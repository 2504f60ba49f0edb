package se.fyren.bot.chat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Names users as the chat they wrote in knows them, through that chat's {@link People}. A
 * chat that is switched off, or does not know the user, leaves the name empty.
 */
@Service
public class Names {

	static final int MAX_NAME_CHARS = 100;

	private final Map<Channel, People> people = new EnumMap<>(Channel.class);

	public Names(List<People> people) {
		people.forEach(chat -> this.people.put(chat.channel(), chat));
	}

	public Optional<String> of(Channel channel, String user) {
		People chat = people.get(channel);
		if (chat == null || user == null || user.isBlank()) {
			return Optional.empty();
		}
		// A name is shown in summaries and exports: one short line.
		return chat.nameOf(user)
			.map(name -> name.replaceAll("\\s+", " ").strip())
			.filter(name -> !name.isEmpty())
			.map(name -> name.length() > MAX_NAME_CHARS ? name.substring(0, MAX_NAME_CHARS) : name);
	}

}
