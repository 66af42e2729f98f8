package votes

type BallotTag int

const (
	BallotYes BallotTag = iota
	BallotNo
	BallotBlank
)

type Ballot struct {
	Tag BallotTag
}

func (v Ballot) String() string {
	switch v.Tag {
	case BallotYes:
		return "Ballot.Yes"
	case BallotNo:
		return "Ballot.No"
	}
	return "Ballot.Blank"
}

func Tally() []Ballot {
	return []Ballot{Ballot{Tag: BallotYes}, Ballot{Tag: BallotNo}, Ballot{Tag: BallotYes}, Ballot{Tag: BallotBlank}, Ballot{Tag: BallotYes}}
}
