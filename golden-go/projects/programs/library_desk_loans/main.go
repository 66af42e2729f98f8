package main

import (
	"fmt"
	"golden/projects/programs/library_desk_loans/books"
	"golden/projects/programs/library_desk_loans/desk"
	"golden/projects/programs/library_desk_loans/members"
)

func show(o desk.Outcome) string {
	if o.Tag == desk.OutcomeLent {
		due := o.Lent
		return fmt.Sprintf("lent, due day %v", due)
	}
	why := o.Refused
	return fmt.Sprintf("refused: %v", why)
}

func main() {
	dune := books.Book{Id: 1, Title: "Dune", Genre: books.Genre{Tag: books.GenreNovel}}
	cosmos := books.Book{Id: 2, Title: "Cosmos", Genre: books.Genre{Tag: books.GenreScience}}
	gruffalo := books.Book{Id: 3, Title: "Gruffalo", Genre: books.Genre{Tag: books.GenreKids}}
	ann := members.Member_Join("ann")
	ben := members.Member_Join("ben")
	d := desk.Desk_Open()
	fmt.Println(show(d.Lend(&ann, dune)))
	fmt.Println(show(d.Lend(&ben, dune)))
	fmt.Println(show(d.Lend(&ann, cosmos)))
	fmt.Println(show(d.Lend(&ann, gruffalo)))
	fmt.Println(show(d.Lend(&ben, gruffalo)))
	d.Day = 20
	late_cosmos := d.Give_back(&ann, 2)
	late_dune := d.Give_back(&ann, 1)
	fmt.Println(late_cosmos, late_dune, ann.Owes(), d.Out_count())
	fmt.Println(show(d.Lend(&ann, cosmos)))
	fmt.Println(show(d.Lend(&ben, cosmos)))
	fmt.Println(ben.Can_borrow(), ben)
}
