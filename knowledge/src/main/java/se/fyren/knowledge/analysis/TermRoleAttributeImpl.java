package se.fyren.knowledge.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Lucene finds this by name as the implementation of {@link TermRoleAttribute}. */
public final class TermRoleAttributeImpl extends AttributeImpl implements TermRoleAttribute {

	private TermRole role = TermRole.WRITTEN;

	private String whole = "";

	@Override
	public TermRole role() {
		return role;
	}

	@Override
	public void setRole(TermRole role) {
		this.role = role;
	}

	@Override
	public String whole() {
		return whole;
	}

	@Override
	public void setWhole(String whole) {
		this.whole = whole;
	}

	@Override
	public void clear() {
		role = TermRole.WRITTEN;
		whole = "";
	}

	@Override
	public void reflectWith(AttributeReflector reflector) {
		reflector.reflect(TermRoleAttribute.class, "role", role);
		reflector.reflect(TermRoleAttribute.class, "whole", whole);
	}

	@Override
	public void copyTo(AttributeImpl target) {
		TermRoleAttribute other = (TermRoleAttribute) target;
		other.setRole(role);
		other.setWhole(whole);
	}

}
