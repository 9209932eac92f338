"""RDF: the vocabulary, the one record→triple mapping, serializers and the shipped ontology."""
