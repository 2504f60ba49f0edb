package se.fyren.bot.web;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import se.fyren.bot.chat.WebRoom;

/**
 * The room a request is made in, from its {@code conversation} and {@code key}
 * parameters, as the page's link gives them: a handler that takes a {@link WebRoom} runs
 * only when the key opens the room (otherwise {@link UnknownRoomException}, a 404), and
 * with none named it is the private web chat.
 */
@Component
class OpenedRooms implements HandlerMethodArgumentResolver {

	static final String ROOM = "conversation";

	static final String KEY = "key";

	private final RoomKeys keys;

	OpenedRooms(RoomKeys keys) {
		this.keys = keys;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == WebRoom.class;
	}

	@Override
	public WebRoom resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		return open(request.getParameter(ROOM), request.getParameter(KEY));
	}

	/** The room named, opened by the key given; none named is the private web chat. */
	WebRoom open(String conversation, String key) {
		String room = WebIds.optional(conversation, ROOM);
		if (room != null) {
			keys.role(room, key);
		}
		return new WebRoom(room);
	}

}
