package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type EntryTag int

const (
	EntrySale EntryTag = iota
	EntryRefund
)

type Entry struct {
	Tag     EntryTag
	Sale0   string
	Sale1   int
	Sale2   float64
	Refund0 string
	Refund1 float64
}

func (v Entry) String() string {
	switch v.Tag {
	case EntrySale:
		return "Entry.Sale(" + lisette.FormatValue(v.Sale0) + ", " + lisette.FormatValue(v.Sale1) + ", " + lisette.FormatValue(v.Sale2) + ")"
	}
	return "Entry.Refund(" + lisette.FormatValue(v.Refund0) + ", " + lisette.FormatValue(v.Refund1) + ")"
}

func amount(e Entry) float64 {
	if e.Tag == EntrySale {
		qty := e.Sale1
		price := e.Sale2
		return float64(qty) * price
	}
	value := e.Refund1
	return -value
}

func main() {
	entries := []Entry{Entry{Tag: EntrySale, Sale0: "mug", Sale1: 3, Sale2: 4.5}, Entry{Tag: EntryRefund, Refund0: "mug", Refund1: 4.5}, Entry{Tag: EntrySale, Sale0: "tea", Sale1: 2, Sale2: 3.25}}
	total := 0.0
	for _, e := range entries {
		total += amount(e)
	}
	fmt.Println(entries[0])
	fmt.Println(total)
}
