package desk

import (
	"fmt"
	"golden/projects/programs/library_desk_loans/books"
	"golden/projects/programs/library_desk_loans/members"
	lisette "lisette.dev/prelude"
	"slices"
)

type OutcomeTag int

const (
	OutcomeLent OutcomeTag = iota
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
	}
	return "Outcome.Refused(" + lisette.FormatValue(v.Refused) + ")"
}

type Loan struct {
	Book books.Book
	Who  string
	Due  int
}

func (v Loan) String() string {
	return "Loan { book: " + lisette.FormatValue(v.Book) + ", who: " + lisette.FormatValue(v.Who) + ", due: " + lisette.FormatValue(v.Due) + " }"
}

type Desk struct {
	loans []Loan
	Day   int
}

func (v Desk) String() string {
	return "Desk { loans: " + lisette.FormatValue(v.loans) + ", day: " + lisette.FormatValue(v.Day) + " }"
}

func Desk_Open() Desk {
	return Desk{loans: []Loan{}, Day: 0}
}

func (self *Desk) Lend(m *members.Member, b books.Book) Outcome {
	if !m.Can_borrow() {
		return Outcome{Tag: OutcomeRefused, Refused: fmt.Sprintf("%v cannot borrow", m.Name)}
	}
	if slices.ContainsFunc(self.loans, func(l Loan) bool {
		return l.Book.Id == b.Id
	}) {
		return Outcome{Tag: OutcomeRefused, Refused: fmt.Sprintf("%v is out", b.Title)}
	}
	due := self.Day + books.Loan_days(b.Genre)
	self.loans = append(self.loans, Loan{Book: b, Who: m.Name, Due: due})
	m.Took()
	return Outcome{Tag: OutcomeLent, Lent: due}
}

func (self *Desk) Give_back(m *members.Member, book_id int) int {
	late := 0
	kept := []Loan{}
	for _, l := range self.loans {
		if l.Book.Id == book_id && l.Who == m.Name {
			late = self.Day - l.Due
		} else {
			kept = append(kept, l)
		}
	}
	self.loans = kept
	m.Returned(late)
	if late > 0 {
		return late
	} else {
		return 0
	}
}

func (self Desk) Out_count() int {
	return len(self.loans)
}
