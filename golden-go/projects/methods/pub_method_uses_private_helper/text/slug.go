package text

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Title struct {
	Words []string
}

func (v Title) String() string {
	return "Title { words: " + lisette.FormatValue(v.Words) + " }"
}

func (self Title) Lower_first() string {
	return self.Words[0]
}

func (self Title) Slug() string {
	rest := len(self.Words) - 1
	return fmt.Sprintf("%v-and-%v-more", self.Lower_first(), rest)
}
