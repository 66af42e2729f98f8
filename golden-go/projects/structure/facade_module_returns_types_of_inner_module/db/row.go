package db

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Row struct {
	Id   int
	Name string
}

func (v Row) String() string {
	return "Row { id: " + lisette.FormatValue(v.Id) + ", name: " + lisette.FormatValue(v.Name) + " }"
}

func Fetch(id int) Row {
	return Row{Id: id, Name: fmt.Sprintf("row%v", id)}
}
