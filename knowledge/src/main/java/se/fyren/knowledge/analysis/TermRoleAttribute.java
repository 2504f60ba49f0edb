package se.fyren.knowledge.analysis;

import org.apache.lucene.util.Attribute;

/** The role of a question's term, set where it arises in the analysis chain. */
public interface TermRoleAttribute extends Attribute {

	TermRole role();

	void setRole(TermRole role);

	/** The whole word the term was made from, before compounds were split. */
	String whole();

	void setWhole(String whole);

}
