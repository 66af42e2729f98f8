package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

const MAX_TX = 4

const MAX_AMOUNT = 500

const LOG_PREFIX = "[txlog]"

type Account struct {
	name    string
	balance int
}

func (v Account) String() string {
	return "Account { name: " + lisette.FormatValue(v.name) + ", balance: " + lisette.FormatValue(v.balance) + " }"
}

type OutcomeTag int

const (
	OutcomeCommitted OutcomeTag = iota
	OutcomeRejected
)

type Outcome struct {
	Tag       OutcomeTag
	Committed int
	Rejected  string
}

func (v Outcome) String() string {
	switch v.Tag {
	case OutcomeCommitted:
		return "Outcome.Committed(" + lisette.FormatValue(v.Committed) + ")"
	}
	return "Outcome.Rejected(" + lisette.FormatValue(v.Rejected) + ")"
}

type Entry struct {
	id      int
	amount  int
	outcome Outcome
}

func (v Entry) String() string {
	return "Entry { id: " + lisette.FormatValue(v.id) + ", amount: " + lisette.FormatValue(v.amount) + ", outcome: " + lisette.FormatValue(v.outcome) + " }"
}

func acquire(kind string, id int) {
	fmt.Printf("%v open %v for tx %v\n", LOG_PREFIX, kind, id)
}

func release(kind string, id int) {
	fmt.Printf("%v close %v for tx %v\n", LOG_PREFIX, kind, id)
}

func transfer(id int, from, to *Account, amount int) Outcome {
	acquire("journal", id)
	defer release("journal", id)
	if amount > MAX_AMOUNT {
		return Outcome{Tag: OutcomeRejected, Rejected: fmt.Sprintf("amount %v over limit", amount)}
	}
	acquire("lock", id)
	defer release("lock", id)
	if from.balance < amount {
		return Outcome{Tag: OutcomeRejected, Rejected: fmt.Sprintf("%v has only %v", from.name, from.balance)}
	}
	from.balance -= amount
	to.balance += amount
	return Outcome{Tag: OutcomeCommitted, Committed: from.balance}
}

func find_first_rejection(log []Entry) lisette.Option[int] {
	i := 0
	var found lisette.Option[int]
	for {
		var entry Entry
		subject := lisette.SliceGet(log, i)
		if subject.Tag != lisette.OptionSome {
			found = lisette.MakeOptionNone[int]()
			break
		}
		e := subject.SomeVal
		entry = e
		if entry.outcome.Tag == OutcomeRejected {
			found = lisette.MakeOptionSome[int](entry.id)
			break
		}
		i += 1
	}
	return found
}

func committed_total(log []Entry) int {
	sum := 0
	for _, e := range log {
		if e.outcome.Tag == OutcomeCommitted {
			sum += e.amount
		}
	}
	return sum
}

func main() {
	alice := Account{name: "alice", balance: 300}
	bob := Account{name: "bob", balance: 50}
	requests := []lisette.Tuple2[int, bool]{lisette.Tuple2[int, bool]{First: 100, Second: true}, lisette.Tuple2[int, bool]{First: 700, Second: true}, lisette.Tuple2[int, bool]{First: 80, Second: false}, lisette.Tuple2[int, bool]{First: 400, Second: true}, lisette.Tuple2[int, bool]{First: 10, Second: false}}
	log := []Entry{}
	next_id := 1
	defer fmt.Println(LOG_PREFIX, "session closed with", MAX_TX, "slots")
	defer func() {
		fmt.Println(LOG_PREFIX, "entries written:", len(log))
	}()
	for _, item := range requests {
		amount := item.First
		alice_pays := item.Second
		if next_id > MAX_TX {
			fmt.Println(LOG_PREFIX, "batch limit reached, skipping", amount)
			break
		}
		var outcome Outcome
		if alice_pays {
			outcome = transfer(next_id, &alice, &bob, amount)
		} else {
			outcome = transfer(next_id, &bob, &alice, amount)
		}
		fmt.Println(LOG_PREFIX, "tx", next_id, "->", outcome)
		log = append(log, Entry{id: next_id, amount: amount, outcome: outcome})
		next_id += 1
	}
	fmt.Println(alice)
	fmt.Println(bob)
	subject2 := find_first_rejection(log)
	if subject2.Tag == lisette.OptionSome {
		id := subject2.SomeVal
		fmt.Println("first rejected tx:", id)
	} else {
		fmt.Println("no rejections")
	}
	fmt.Println("committed volume:", committed_total(log))
}
