package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type BatchTag int

const (
	BatchItems BatchTag = iota
	BatchClosed
)

type Batch struct {
	Tag   BatchTag
	Items []string
}

func (v Batch) String() string {
	switch v.Tag {
	case BatchItems:
		return "Batch.Items(" + lisette.FormatValue(v.Items) + ")"
	}
	return "Batch.Closed"
}

func headline(b Batch) string {
	if b.Tag == BatchItems {
		switch {
		case len(b.Items) == 0:
			return "empty batch"
		case len(b.Items) == 1:
			one := b.Items[0]
			return fmt.Sprintf("just %v", one)
		case len(b.Items) >= 1:
			first := b.Items[0]
			rest := b.Items[1:len(b.Items):len(b.Items)]
			return fmt.Sprintf("%v and %v others", first, len(rest))
		}
	} else {
		return "closed"
	}
	panic("unreachable")
}

func main() {
	fmt.Println(headline(Batch{Tag: BatchItems, Items: []string{}}))
	fmt.Println(headline(Batch{Tag: BatchItems, Items: []string{"apples"}}))
	fmt.Println(headline(Batch{Tag: BatchItems, Items: []string{"pears", "plums", "figs"}}))
	fmt.Println(headline(Batch{Tag: BatchClosed}))
}
