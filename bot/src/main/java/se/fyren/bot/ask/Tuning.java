package se.fyren.bot.ask;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The knowledge library's tuning ({@code SearchSettings}, {@code AnswerSettings}) with
 * what an administrator set under {@code fyren.knowledge.search} or
 * {@code fyren.knowledge.answer}: each value set replaces the library's default of that
 * name, the rest keep theirs, so one weight can be tried in {@code fyren eval} without a
 * new build. A name the record does not have, or a value that is not a number, stops the
 * start naming the setting; the record itself checks the values' ranges.
 */
final class Tuning {

	private Tuning() {
	}

	static <R extends Record> R of(R defaults, Map<String, String> set, String prefix) {
		RecordComponent[] components = defaults.getClass().getRecordComponents();
		Map<String, String> byName = new HashMap<>();
		set.forEach((name, value) -> byName.put(plain(name), value));
		Set<String> known = Arrays.stream(components)
			.map(component -> plain(component.getName()))
			.collect(Collectors.toSet());
		for (String name : set.keySet()) {
			if (!known.contains(plain(name))) {
				throw new IllegalArgumentException(prefix + "." + name + " is not a setting (expected one of "
						+ Arrays.stream(components)
							.map(component -> kebab(component.getName()))
							.sorted()
							.collect(Collectors.joining(", "))
						+ ")");
			}
		}
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			String name = plain(components[i].getName());
			types[i] = components[i].getType();
			values[i] = byName.containsKey(name)
					? parse(byName.get(name), types[i], prefix + "." + kebab(components[i].getName()))
					: read(components[i], defaults);
		}
		try {
			return cast(defaults, defaults.getClass().getDeclaredConstructor(types).newInstance(values));
		}
		catch (InvocationTargetException ex) {
			// The record's own check of its ranges, as the record words it; its message
			// is all there is to it.
			throw new IllegalArgumentException(prefix + ": " + ex.getCause().getMessage());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot build " + defaults.getClass().getSimpleName(), ex);
		}
	}

	private static Object parse(String text, Class<?> type, String name) {
		try {
			if (type == int.class) {
				return Integer.parseInt(text.strip());
			}
			if (type == float.class) {
				return Float.parseFloat(text.strip());
			}
			if (type == double.class) {
				return Double.parseDouble(text.strip());
			}
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a number, was '" + text + "'");
		}
		throw new IllegalStateException(name + " is of a type Fyren cannot read from its settings: " + type);
	}

	private static Object read(RecordComponent component, Record from) {
		try {
			return component.getAccessor().invoke(from);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName(), ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static <R extends Record> R cast(R like, Object built) {
		return (R) like.getClass().cast(built);
	}

	/**
	 * A name as Spring's relaxed binding compares them: {@code min-coverage},
	 * {@code minCoverage} and {@code MINCOVERAGE} (from the environment) are one.
	 */
	private static String plain(String name) {
		return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
	}

	/** {@code minCoverage} as settings write it: {@code min-coverage}. */
	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
