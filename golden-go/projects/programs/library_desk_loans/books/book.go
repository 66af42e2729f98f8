package books

import lisette "lisette.dev/prelude"

type GenreTag int

const (
	GenreNovel GenreTag = iota
	GenreScience
	GenreKids
)

type Genre struct {
	Tag GenreTag
}

func (v Genre) String() string {
	switch v.Tag {
	case GenreNovel:
		return "Genre.Novel"
	case GenreScience:
		return "Genre.Science"
	}
	return "Genre.Kids"
}

type Book struct {
	Id    int
	Title string
	Genre Genre
}

func (v Book) String() string {
	return "Book { id: " + lisette.FormatValue(v.Id) + ", title: " + lisette.FormatValue(v.Title) + ", genre: " + lisette.FormatValue(v.Genre) + " }"
}

func Loan_days(g Genre) int {
	switch g.Tag {
	case GenreNovel:
		return 21
	case GenreScience:
		return 14
	case GenreKids:
		return 28
	}
	panic("unreachable")
}
