package main

import (
	"encoding/csv"
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
	"slices"
	"strconv"
	"strings"
)

type Totals struct {
	units   int
	revenue float64
	orders  int
}

func (v Totals) String() string {
	return "Totals { units: " + lisette.FormatValue(v.units) + ", revenue: " + lisette.FormatValue(v.revenue) + ", orders: " + lisette.FormatValue(v.orders) + " }"
}

const INPUT = "region,product,units,unit_price\nnorth,widget,10,2.50\nsouth,widget,4,2.50\nnorth,gadget,1,19.99\neast,widget,x,2.50\nsouth,gizmo,3,7.00\nnorth,widget,5,2.40\n"

func parse_row(row []string) lisette.Result[lisette.Tuple3[string, int, float64], error] {
	res := lisette.ResultOf(strconv.Atoi(row[2]))
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[lisette.Tuple3[string, int, float64], error](res.ErrVal)
	}
	units := res.OkVal
	res2 := lisette.ResultOf(strconv.ParseFloat(row[3], 64))
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[lisette.Tuple3[string, int, float64], error](res2.ErrVal)
	}
	price := res2.OkVal
	return lisette.MakeResultOk[lisette.Tuple3[string, int, float64], error](lisette.Tuple3[string, int, float64]{First: row[0], Second: units, Third: price})
}

func main() {
	reader := csv.NewReader(strings.NewReader(INPUT))
	var rows [][]string
	subject := lisette.ResultOf(reader.ReadAll())
	if subject.Tag != lisette.ResultOk {
		e := subject.ErrVal
		fmt.Println("cannot read input:", e)
		return
	}
	rows2 := subject.OkVal
	rows = rows2
	totals := map[string]Totals{}
	skipped := []string{}
	for i, row := range rows[1:len(rows):len(rows)] {
		subject2 := parse_row(row)
		if subject2.Tag == lisette.ResultOk {
			region := subject2.OkVal.First
			units := subject2.OkVal.Second
			price := subject2.OkVal.Third
			t := lisette.MapGet(totals, region).UnwrapOr(Totals{units: 0, revenue: 0.0, orders: 0})
			totals[region] = Totals{units: t.units + units, revenue: t.revenue + (float64(units))*price, orders: t.orders + 1}
		} else {
			e := subject2.ErrVal
			skipped = append(skipped, fmt.Sprintf("line %v: %v", i+2, e))
		}
	}
	regions := []string{}
	for r := range totals {
		regions = append(regions, r)
	}
	slices.SortFunc(regions, strings.Compare)
	w := csv.NewWriter(os.Stdout)
	_ = w.Write([]string{"region", "orders", "units", "revenue"})
	for _, r := range regions {
		t := totals[r]
		_ = w.Write([]string{r, strconv.Itoa(t.orders), strconv.Itoa(t.units), strconv.FormatFloat(t.revenue, byte('f'), 2, 64)})
	}
	w.Flush()
	subject3 := lisette.ResultOfErr(w.Error())
	if subject3.Tag == lisette.ResultOk {
		fmt.Println("# rows:", len(regions))
	} else {
		e := subject3.ErrVal
		fmt.Println("# write failed:", e)
	}
	for _, s := range skipped {
		fmt.Println("# skipped", s)
	}
}
