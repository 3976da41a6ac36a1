//! The dashboard's counts on a team register ([`StatsRegister`] for
//! [`PgStore`]): the local register's queries (`crate::stats`), except the
//! count per status, read from the `case_counts` table the database keeps
//! (schema 9) instead of counting every case. Row-level security applies:
//! a member outside HR counts no HR case.

use casebook_core::{Right, Status};
use chrono::NaiveDate;

use super::PgStore;
use crate::Result;
use crate::stats::{
    CaseCounts, MonthOnTime, MonthRightCount, REQUESTS_PER_MONTH, StatsRegister, answered_per_month_sql, due_counts_sql,
};
use crate::stored::parse;

impl StatsRegister for PgStore {
    fn case_counts(&mut self, today: NaiveDate, until: NaiveDate) -> Result<CaseCounts> {
        let (today, until) = (today.to_string(), until.to_string());
        let run = |c: &mut postgres::Client| -> Result<_, postgres::Error> {
            let statuses = c.query(
                "SELECT status, sum(n)::bigint FROM case_counts GROUP BY status HAVING sum(n) > 0 ORDER BY status",
                &[],
            )?;
            let due = c.query_one(&due_counts_sql(), &[&today, &until])?;
            Ok((statuses, due))
        };
        let (statuses, due) = run(&mut self.client).map_err(|e| self.error(e))?;
        let by_status = statuses
            .iter()
            .map(|r| Ok((parse::<Status>("status", r.get(0))?, r.get::<_, i64>(1))))
            .collect::<Result<Vec<_>, crate::stored::Invalid>>()?;
        Ok(CaseCounts { by_status, overdue: due.get(0), due_soon: due.get(1) })
    }

    fn requests_per_month(&mut self, from: NaiveDate) -> Result<Vec<MonthRightCount>> {
        let rows = self.client.query(REQUESTS_PER_MONTH, &[&from.to_string()]).map_err(|e| self.error(e))?;
        Ok(rows
            .iter()
            .map(|r| {
                Ok(MonthRightCount { month: r.get(0), right: parse::<Right>("right", r.get(1))?, count: r.get(2) })
            })
            .collect::<Result<_, crate::stored::Invalid>>()?)
    }

    fn answered_on_time_per_month(&mut self, from: NaiveDate) -> Result<Vec<MonthOnTime>> {
        let rows = self.client.query(&answered_per_month_sql(), &[&from.to_string()]).map_err(|e| self.error(e))?;
        Ok(rows.iter().map(|r| MonthOnTime { month: r.get(0), answered: r.get(1), on_time: r.get(2) }).collect())
    }
}
