package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Book struct {
	id     int
	title  string
	copies int
	out    int
}

func (v Book) String() string {
	return "Book { id: " + lisette.FormatValue(v.id) + ", title: " + lisette.FormatValue(v.title) + ", copies: " + lisette.FormatValue(v.copies) + ", out: " + lisette.FormatValue(v.out) + " }"
}

type Member struct {
	name     string
	borrowed []int
	fines    int
}

func (v Member) String() string {
	return "Member { name: " + lisette.FormatValue(v.name) + ", borrowed: " + lisette.FormatValue(v.borrowed) + ", fines: " + lisette.FormatValue(v.fines) + " }"
}

type OutcomeTag int

const (
	OutcomeLent OutcomeTag = iota
	OutcomeWaitlisted
	OutcomeRefused
)

type Outcome struct {
	Tag     OutcomeTag
	Lent    int
	Refused string
}

func (v Outcome) String() string {
	switch v.Tag {
	case OutcomeLent:
		return "Outcome.Lent(" + lisette.FormatValue(v.Lent) + ")"
	case OutcomeWaitlisted:
		return "Outcome.Waitlisted"
	}
	return "Outcome.Refused(" + lisette.FormatValue(v.Refused) + ")"
}

func lend(book *Book, member *Member) Outcome {
	if member.fines > 0 {
		return Outcome{Tag: OutcomeRefused, Refused: fmt.Sprintf("%v owes %v", member.name, member.fines)}
	}
	if book.out >= book.copies {
		return Outcome{Tag: OutcomeWaitlisted}
	}
	book.out += 1
	member.borrowed = append(member.borrowed, book.id)
	return Outcome{Tag: OutcomeLent, Lent: book.copies - book.out}
}

func give_back(book *Book, member *Member, days_late int) {
	book.out -= 1
	kept := []int{}
	for _, id := range member.borrowed {
		if id != book.id {
			kept = append(kept, id)
		}
	}
	member.borrowed = kept
	if days_late > 0 {
		member.fines += days_late * 10
	}
}

func find(catalog []*Book, id int) lisette.Option[*Book] {
	for _, b := range catalog {
		if b.id == id {
			return lisette.MakeOptionSome[*Book](b)
		}
	}
	return lisette.MakeOptionNone[*Book]()
}

func main() {
	dune := Book{id: 1, title: "Dune", copies: 2, out: 0}
	emma := Book{id: 2, title: "Emma", copies: 1, out: 0}
	ana := Member{name: "ana", borrowed: []int{}, fines: 0}
	raj := Member{name: "raj", borrowed: []int{}, fines: 0}
	catalog := []*Book{&dune, &emma}
	fmt.Println(lend(&dune, &ana))
	fmt.Println(lend(&emma, &ana))
	fmt.Println(lend(&emma, &raj))
	fmt.Println(lend(&dune, &raj))
	give_back(&emma, &ana, 3)
	fmt.Println(lend(&emma, &ana))
	fmt.Println(lend(&emma, &raj))
	account := &ana
	account.fines = 0
	fmt.Println(lend(&emma, &ana))
	give_back(&emma, &raj, 0)
	fmt.Println(lend(&emma, &ana))
	for _, b := range catalog {
		fmt.Printf("%v: %v/%v out\n", b.title, b.out, b.copies)
	}
	fmt.Println(ana)
	fmt.Println(raj)
	subject := find(catalog, 2)
	if subject.Tag == lisette.OptionSome {
		b := subject.SomeVal
		fmt.Println(b)
	} else {
		fmt.Println("no such book")
	}
	subject2 := find(catalog, 7)
	if subject2.Tag == lisette.OptionSome {
		b := subject2.SomeVal
		fmt.Println(b)
	} else {
		fmt.Println("no such book")
	}
}
