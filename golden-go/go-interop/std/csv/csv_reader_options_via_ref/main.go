package main

import (
	"encoding/csv"
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"strconv"
	"strings"
)

func main() {
	data := "# inventory\nname; qty;  note\nbolt; 40; \"M4; steel\"\nnut;  100;\n"
	r := csv.NewReader(strings.NewReader(data))
	r.Comma = ';'
	r.Comment = '#'
	r.TrimLeadingSpace = true
	r.FieldsPerRecord = -1
	for {
		subject := lisette.ResultOf(r.Read())
		if subject.Tag != lisette.ResultOk {
			e := subject.ErrVal
			if e != io.EOF {
				fmt.Println("error:", e)
			}
			break
		}
		rec := subject.OkVal
		fmt.Println(len(rec), lisette.SliceMap(rec, strconv.Quote))
	}
	fmt.Println(r.Comma == ';', r.FieldsPerRecord)
}
