package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	r := csv.NewReader(strings.NewReader("a,b,c\n1,2,3\n4,5\n"))
	n := 0
	for {
		subject := lisette.ResultOf(r.Read())
		if subject.Tag != lisette.ResultOk {
			e := subject.ErrVal
			fmt.Println(e, errors.Is(e, csv.ErrFieldCount))
			break
		}
		rec := subject.OkVal
		n += 1
		fmt.Println(n, rec)
	}
}
