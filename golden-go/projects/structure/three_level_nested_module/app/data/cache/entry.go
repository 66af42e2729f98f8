package cache

import lisette "lisette.dev/prelude"

type Entry struct {
	Key  string
	Hits int
}

func (v Entry) String() string {
	return "Entry { key: " + lisette.FormatValue(v.Key) + ", hits: " + lisette.FormatValue(v.Hits) + " }"
}

func Warm(key string) Entry {
	return Entry{Key: key, Hits: 1}
}
