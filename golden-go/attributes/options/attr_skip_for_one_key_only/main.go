package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Row struct {
	Id     int    `json:"id" db:"id"`
	Secret string `json:"-" db:"secret"`
}

func (v Row) String() string {
	return "Row { id: " + lisette.FormatValue(v.Id) + ", secret: " + lisette.FormatValue(v.Secret) + " }"
}

func main() {
	fmt.Println(Row{Id: 1, Secret: "s"}.Id)
}
